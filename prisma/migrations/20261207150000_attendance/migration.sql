-- Attendance at meetings and declarations of interest on agenda items (issue 17, item 2).
CREATE TYPE "AttendanceStatus" AS ENUM ('PRESENT', 'APOLOGIES', 'ABSENT', 'SUBSTITUTED');

CREATE TABLE "Attendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "status" "AttendanceStatus" NOT NULL,
    "substitute" TEXT,
    CONSTRAINT "Attendance_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Attendance_meetingId_memberId_key" ON "Attendance"("meetingId", "memberId");
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Attendance" ADD CONSTRAINT "Attendance_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "PanelMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "Declaration" (
    "id" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "memberId" TEXT NOT NULL,
    "interest" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Declaration_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Declaration_agendaItemId_idx" ON "Declaration"("agendaItemId");
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Declaration" ADD CONSTRAINT "Declaration_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "PanelMember"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

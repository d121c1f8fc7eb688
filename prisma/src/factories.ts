// Test data factories: the smallest valid row of each kind, with any field overridden, written
// through Prisma. The API's medium tests and this package's tests build what they need with them,
// so a change of the schema is met in one place. Provision rows come from `provisionRows`
// (provision-rows.ts), the one writer of their reading order, which the import and the seed use too.
import type { Prisma, PrismaClient } from './generated/prisma/client';
import type { LetterStatus, ResponseOutcome, ResponseStatus, Role, VersionStatus } from './generated/prisma/enums';
import { provisionRows, type ProvisionInput } from './provision-rows';

export { provisionRows, type ProvisionInput };

type Db = PrismaClient | Prisma.TransactionClient;

let sequence = 0;
/** Unique within a test file (each file has its own module registry and database). */
const next = () => (sequence += 1);

export interface VersionSpec {
  documentId: string;
  status?: VersionStatus;
  label?: string;
  sequence?: number;
  basedOnId?: string | null;
  provisions?: readonly ProvisionInput[];
}

export function factories(db: Db) {
  const version = async ({ documentId, status = 'PUBLISHED', label, sequence: order, basedOnId = null, provisions = [] }: VersionSpec) => {
    const { _max } = await db.documentVersion.aggregate({ where: { documentId }, _max: { sequence: true } });
    const created = await db.documentVersion.create({
      data: {
        documentId,
        status,
        sequence: order ?? (_max.sequence ?? 0) + 1,
        label: label ?? `Version ${next()}`,
        basedOnId,
        publishedAt: status === 'PUBLISHED' ? new Date() : null,
      },
    });
    if (provisions.length > 0) await db.provision.createMany({ data: provisionRows(created.id, provisions) });
    return created;
  };

  return {
    panel: (overrides: Partial<Prisma.PanelUncheckedCreateInput> = {}) => {
      const n = next();
      return db.panel.create({ data: { slug: `panel-${n}`, name: `Panel ${n} Police and Crime Panel`, forceArea: `Area ${n}`, ...overrides } });
    },

    /** A person holding `role` on the panel (no password: they cannot sign in). */
    member: ({ panelId, role, ...overrides }: { panelId: string; role: Role } & Partial<Prisma.UserCreateInput>) => {
      const n = next();
      return db.user.create({ data: { email: `person-${n}@example.test`, name: `Person ${n}`, ...overrides, memberships: { create: { panelId, role } } } });
    },

    meeting: ({ panelId, ...overrides }: { panelId: string } & Partial<Prisma.MeetingUncheckedCreateInput>) =>
      db.meeting.create({ data: { panelId, title: `Meeting ${next()}`, startsAt: new Date('2030-01-01T10:00:00Z'), ...overrides } }),

    document: ({ panelId, ...overrides }: { panelId: string } & Partial<Prisma.DocumentUncheckedCreateInput>) =>
      db.document.create({ data: { panelId, kind: 'PLAN', title: `Document ${next()}`, ...overrides } }),

    version,

    /** A plan (a new document) with one version holding `provisions`. */
    planVersion: async ({ panelId, ...spec }: { panelId: string } & Omit<VersionSpec, 'documentId'>) => {
      const document = await db.document.create({ data: { panelId, kind: 'PLAN', title: `Plan ${next()}` } });
      return version({ documentId: document.id, ...spec });
    },

    /** Numbered next in its panel, citing `provisionIds` in that order. */
    recommendation: async ({
      panelId,
      meetingId,
      provisionIds = [],
      ...overrides
    }: { panelId: string; meetingId: string; provisionIds?: readonly string[] } & Partial<Prisma.RecommendationUncheckedCreateInput>) => {
      const { _max } = await db.recommendation.aggregate({ where: { panelId }, _max: { number: true } });
      return db.recommendation.create({
        data: {
          panelId,
          meetingId,
          number: (_max.number ?? 0) + 1,
          text: `The Panel recommends measure ${next()}.`,
          ...overrides,
          citations: { create: provisionIds.map((provisionId, position) => ({ provisionId, position, cited: null })) },
        },
      });
    },

    /** A response at any status; a PUBLISHED one is published now unless told otherwise. */
    response: ({
      recommendationId,
      status = 'DRAFT',
      outcome = 'ACCEPTED',
      ...overrides
    }: { recommendationId: string; status?: ResponseStatus; outcome?: ResponseOutcome } & Partial<Prisma.ResponseUncheckedCreateInput>) =>
      db.response.create({
        data: { recommendationId, status, outcome, text: `Response ${next()}.`, publishedAt: status === 'PUBLISHED' ? new Date() : null, ...overrides },
      }),

    /** A letter sending `responseIds`. */
    letter: ({
      panelId,
      responseIds = [],
      status = 'DRAFT',
      ...overrides
    }: { panelId: string; responseIds?: readonly string[]; status?: LetterStatus } & Partial<Prisma.ResponseLetterUncheckedCreateInput>) => {
      const n = next();
      return db.responseLetter.create({
        data: {
          panelId,
          status,
          reference: `OPCC/TEST/${n}`,
          date: new Date('2030-02-01T12:00:00Z'),
          addressee: 'The Chair of the Police and Crime Panel',
          subject: `Response to the Panel's recommendations (${n})`,
          signatory: 'The Police and Crime Commissioner',
          publishedAt: status === 'PUBLISHED' ? new Date() : null,
          ...overrides,
          responses: { connect: responseIds.map((id) => ({ id })) },
        },
      });
    },
  };
}

export type Factories = ReturnType<typeof factories>;

-- The number as the document prints it ("52(a)", "2.1.3", "5.0"), kept beside the normalised,
-- unique "number" so that a citation of the printed label finds every provision it may mean.
ALTER TABLE "Provision" ADD COLUMN "label" TEXT;

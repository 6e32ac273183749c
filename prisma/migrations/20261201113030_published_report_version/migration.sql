-- DropIndex
DROP INDEX "PublishedReport_departmentId_year_key";

-- AlterTable
ALTER TABLE "PublishedReport" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE UNIQUE INDEX "PublishedReport_departmentId_year_version_key" ON "PublishedReport"("departmentId", "year", "version");

-- CreateTable
CREATE TABLE "ChangeReason" (
    "departmentId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "ChangeReason_pkey" PRIMARY KEY ("departmentId","year","subject")
);

-- AddForeignKey
ALTER TABLE "ChangeReason" ADD CONSTRAINT "ChangeReason_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChangeReason" ADD CONSTRAINT "ChangeReason_year_fkey" FOREIGN KEY ("year") REFERENCES "FiscalYear"("year") ON DELETE RESTRICT ON UPDATE CASCADE;

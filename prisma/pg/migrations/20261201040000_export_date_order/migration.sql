-- CreateIndex
CREATE INDEX "Fact_date_id_idx" ON "Fact"("date", "id");

-- An association's standing in its national sector, year by year (issue 30): which national
-- association it is affiliated with (hội ngành toàn quốc), how that association ranks it, and
-- its delegates to national congresses and members of the provincial Fatherland Front
-- committee. The report: "5 hội thuộc tốp đầu trong cả nước", "01 hội được đề cử đại biểu đi dự
-- đại hội MTTQ Việt Nam", "4 hội có chuyên gia được bầu vào UBMTTQ tỉnh". Staff record it from
-- the national associations' and the Front's documents; the association's own annual report
-- is another record, written by its managers.
CREATE TABLE association_national_standing (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    association_id BIGINT NOT NULL REFERENCES associations (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    national_association TEXT,
    ranking TEXT CHECK (ranking IN ('leading', 'good', 'average', 'below_average')),
    national_congress_delegates BIGINT CHECK (national_congress_delegates >= 0),
    fatherland_front_members BIGINT CHECK (fatherland_front_members >= 0),
    source TEXT,
    note TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (association_id, year)
);
CREATE INDEX association_national_standing_year ON association_national_standing (year);

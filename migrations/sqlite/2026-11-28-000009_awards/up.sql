-- Awards and honours: the catalogue of award categories (seeded with the achievement
-- categories of the union's report, the same codes as the honour_titles code list), honour
-- rounds with their honourees, nominations to national honours, and commendations received.

CREATE TABLE award_categories (
    id INTEGER PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    level TEXT NOT NULL CHECK (level IN ('provincial', 'national', 'international')),
    kind TEXT NOT NULL CHECK (kind IN ('title', 'order', 'academic', 'prize', 'certificate')),
    position INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('ho_chi_minh_prize', 'Giải thưởng Hồ Chí Minh', 'Ho Chi Minh Prize', 'national', 'prize', 10, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('state_prize_science', 'Giải thưởng Nhà nước về khoa học và công nghệ', 'State Prize for Science and Technology', 'national', 'prize', 20, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('state_prize_literature_arts', 'Giải thưởng Nhà nước về văn học nghệ thuật', 'State Prize for Literature and Art', 'national', 'prize', 30, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('labour_hero', 'Anh hùng Lao động', 'Labour Hero', 'national', 'title', 40, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('peoples_teacher', 'Nhà giáo Nhân dân', 'People''s Teacher', 'national', 'title', 50, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('peoples_physician', 'Thầy thuốc Nhân dân', 'People''s Physician', 'national', 'title', 60, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('peoples_artist', 'Nghệ sĩ Nhân dân', 'People''s Artist', 'national', 'title', 70, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('peoples_artisan', 'Nghệ nhân Nhân dân', 'People''s Artisan', 'national', 'title', 80, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('professor', 'Giáo sư', 'Professor', 'national', 'academic', 90, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('associate_professor', 'Phó Giáo sư', 'Associate Professor', 'national', 'academic', 100, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('labour_order_first_class', 'Huân chương Lao động hạng Nhất', 'Labour Order, First Class', 'national', 'order', 110, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('labour_order_second_class', 'Huân chương Lao động hạng Nhì', 'Labour Order, Second Class', 'national', 'order', 120, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('labour_order_third_class', 'Huân chương Lao động hạng Ba', 'Labour Order, Third Class', 'national', 'order', 130, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('national_emulation_fighter', 'Chiến sĩ thi đua toàn quốc', 'National Emulation Fighter', 'national', 'title', 140, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('labour_creativity_certificate', 'Bằng Lao động sáng tạo', 'Labour Creativity Certificate', 'national', 'certificate', 150, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('doctorate', 'Học vị Tiến sĩ', 'Doctorate', 'national', 'academic', 160, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('meritorious_teacher', 'Nhà giáo Ưu tú', 'Meritorious Teacher', 'national', 'title', 170, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('meritorious_physician', 'Thầy thuốc Ưu tú', 'Meritorious Physician', 'national', 'title', 180, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('specialist_doctor_level_2', 'Bác sĩ chuyên khoa 2', 'Specialist Doctor, Level 2', 'national', 'academic', 190, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('meritorious_artist', 'Nghệ sĩ Ưu tú', 'Meritorious Artist', 'national', 'title', 200, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('meritorious_artisan', 'Nghệ nhân Ưu tú', 'Meritorious Artisan', 'national', 'title', 210, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('outstanding_national_teacher', 'Nhà giáo tiêu biểu toàn quốc', 'Outstanding National Teacher', 'national', 'title', 220, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('outstanding_young_physician', 'Thầy thuốc trẻ tiêu biểu', 'Outstanding Young Physician', 'national', 'title', 230, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO award_categories (code, name_vi, name_en, level, kind, position, created_at, updated_at) VALUES ('other_prize', 'Giải thưởng cấp quốc gia, quốc tế, lĩnh vực khác', 'Other national or international prize', 'international', 'prize', 240, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

CREATE TABLE honour_rounds (
    id INTEGER PRIMARY KEY NOT NULL,
    year INTEGER NOT NULL,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    ceremony_on DATE,
    description TEXT,
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'nominations_open', 'under_review', 'published')),
    published_at TIMESTAMP,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX honour_rounds_year ON honour_rounds (year, id);

-- person_key identifies the person within a round: `p<person id>` when the person is known,
-- else the folded name and workplace; one person is honoured at most once per round.
CREATE TABLE honourees (
    id INTEGER PRIMARY KEY NOT NULL,
    round_id BIGINT NOT NULL REFERENCES honour_rounds (id),
    person_id BIGINT REFERENCES persons (id),
    full_name TEXT NOT NULL,
    workplace TEXT,
    position TEXT,
    association_id BIGINT REFERENCES associations (id),
    citation TEXT,
    decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'approved', 'rejected')),
    decision_reason TEXT,
    decided_at TIMESTAMP,
    decided_by TEXT,
    proposed_by TEXT NOT NULL,
    search_text TEXT NOT NULL,
    person_key TEXT NOT NULL,
    sort_key TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (round_id, person_key)
);
CREATE INDEX honourees_round ON honourees (round_id, sort_key, id);
CREATE INDEX honourees_person ON honourees (person_id);

CREATE TABLE honouree_categories (
    honouree_id BIGINT NOT NULL REFERENCES honourees (id) ON DELETE CASCADE,
    category_id BIGINT NOT NULL REFERENCES award_categories (id),
    PRIMARY KEY (honouree_id, category_id)
);
CREATE INDEX honouree_categories_category ON honouree_categories (category_id);

CREATE TABLE nominations (
    id INTEGER PRIMARY KEY NOT NULL,
    programme TEXT NOT NULL CHECK (programme IN ('agriculture_intellectual', 'amateur_inventor', 'farmers_scientist', 'golden_book_creativity', 'outstanding_intellectual', 'other')),
    programme_name TEXT,
    year INTEGER NOT NULL,
    person_id BIGINT REFERENCES persons (id),
    nominee_name TEXT NOT NULL,
    workplace TEXT,
    association_id BIGINT REFERENCES associations (id),
    status TEXT NOT NULL DEFAULT 'drafted' CHECK (status IN ('drafted', 'submitted', 'honoured', 'not_selected')),
    decision_reference TEXT,
    notes TEXT,
    sort_key TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX nominations_year ON nominations (year, id);

CREATE TABLE commendations (
    id INTEGER PRIMARY KEY NOT NULL,
    recipient_kind TEXT NOT NULL CHECK (recipient_kind IN ('union', 'association', 'person')),
    association_id BIGINT REFERENCES associations (id),
    person_id BIGINT REFERENCES persons (id),
    recipient_name TEXT,
    type TEXT NOT NULL CHECK (type IN ('certificate_of_merit', 'emulation_flag', 'labour_order', 'emulation_fighter', 'other')),
    order_class TEXT CHECK (order_class IN ('first', 'second', 'third')),
    issuer TEXT NOT NULL CHECK (issuer IN ('state_president', 'prime_minister', 'vusta', 'national_association', 'provincial_peoples_committee', 'provincial_union', 'other')),
    issuer_name TEXT,
    decision_number TEXT,
    decided_on DATE,
    year INTEGER NOT NULL,
    citation TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
CREATE INDEX commendations_year ON commendations (year, id);
CREATE INDEX commendations_association ON commendations (association_id);
CREATE INDEX commendations_person ON commendations (person_id);

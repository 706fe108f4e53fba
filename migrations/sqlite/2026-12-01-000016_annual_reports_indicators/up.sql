-- Annual reports of associations (yearly aggregates from associations that do not keep a
-- full roster here) and the development indicators of the union's report (section 5): their
-- definitions, seeded from the report's table, and per year the union's recorded value and the
-- national reference (the average, or for yes/no indicators the number, of provincial unions).

CREATE TABLE association_annual_reports (
    id INTEGER PRIMARY KEY NOT NULL,
    association_id BIGINT NOT NULL REFERENCES associations (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    members BIGINT CHECK (members >= 0),
    intellectual_members BIGINT CHECK (intellectual_members >= 0),
    branches BIGINT CHECK (branches >= 0),
    activities BIGINT CHECK (activities >= 0),
    document TEXT,
    note TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (association_id, year)
);
CREATE INDEX association_annual_reports_year ON association_annual_reports (year);

CREATE TABLE indicators (
    id INTEGER PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE CHECK (length(code) BETWEEN 2 AND 64),
    position INTEGER NOT NULL,
    section TEXT NOT NULL,
    number TEXT NOT NULL,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL,
    unit TEXT NOT NULL CHECK (unit IN ('years', 'count', 'people', 'presence')),
    metric TEXT,
    dimensions TEXT,
    window_years INTEGER NOT NULL DEFAULT 1 CHECK (window_years BETWEEN 1 AND 50),
    description TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    CHECK (metric IS NOT NULL OR (dimensions IS NULL AND window_years = 1))
);

CREATE TABLE indicator_values (
    id INTEGER PRIMARY KEY NOT NULL,
    indicator_id BIGINT NOT NULL REFERENCES indicators (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2100),
    union_value DOUBLE,
    union_note TEXT,
    national_value DOUBLE,
    national_source TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (indicator_id, year),
    CHECK (national_value IS NULL OR national_source IS NOT NULL)
);

INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('founding_seniority', 10, 'I', '1', 'Thâm niên bình quân (năm)', 'Years since founding', 'years', NULL, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('member_associations', 20, 'I', '2', 'Số hội thành viên', 'Member associations', 'count', 'associations_by_kind', 'member_association', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('members', 30, 'I', '3', 'Số hội viên của các hội thành viên', 'Members of the member associations', 'people', 'members_total', NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('intellectual_members', 40, 'I', '3', 'Số hội viên là trí thức KH&CN', 'Members who are S&T intellectuals', 'people', 'intellectual_members', NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('full_time_staff', 50, 'I', '4', 'Nhân lực chuyên trách của cơ quan Liên hiệp hội', 'Full-time staff of the union''s office', 'people', NULL, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('department_level_office', 60, 'I', '5', 'Trụ sở, trang thiết bị tương đương cấp sở', 'Office and equipment on a par with a provincial department', 'presence', NULL, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('service_car', 70, 'I', '5', 'Ô tô phục vụ công tác', 'Service car', 'presence', NULL, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('newsletter', 80, 'II', '1.1', 'Bản tin Trí thức với KH&CN', 'Newsletter (Trí thức với KH&CN)', 'presence', NULL, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('online_forum', 90, 'II', '1.2', 'Diễn đàn trí thức điện tử', 'Online intellectuals'' forum', 'presence', NULL, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('journal', 100, 'II', '1.3', 'Tạp chí', 'Journal', 'presence', NULL, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('technical_innovation_contest', 110, 'II', '2.1', 'Hội thi sáng tạo kỹ thuật', 'Technical innovation contest', 'presence', 'contest_editions', 'technical_innovation', 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('youth_creativity_contest', 120, 'II', '2.2', 'Cuộc thi sáng tạo thanh thiếu niên nhi đồng', 'Youth and children''s creativity contest', 'presence', 'contest_editions', 'youth_creativity', 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('research_and_workshops', 130, 'II', '3.1', 'Chủ trì nghiên cứu đề tài, dự án KH&CN, hội thảo khoa học', 'Research projects, transfer models and workshops led', 'presence', 'activities_by_kind', 'research_project,transfer_model,workshop', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('councils', 140, 'II', '3.2', 'Tham gia hội đồng KH&CN, hội đồng sáng kiến cấp tỉnh', 'Seats on provincial S&T and innovation councils', 'presence', 'activities_by_kind', 'council_participation', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('provincial_st_award', 150, 'II', '4.1', 'Tỉnh có giải thưởng KH&CN', 'The province has an S&T award', 'presence', NULL, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('st_award_secretariat', 160, 'II', '4.2', 'Liên hiệp hội thường trực giải thưởng KH&CN cấp tỉnh', 'The union runs the provincial S&T award', 'presence', NULL, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('provincial_honours', 170, 'II', '5.1', 'Chủ trì tôn vinh trí thức tiêu biểu cấp tỉnh', 'Provincial honouring of outstanding intellectuals', 'presence', 'honourees', NULL, 5, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('national_nominations', 180, 'II', '5.2', 'Hướng dẫn, đề cử trí thức vinh danh toàn quốc', 'Nominations to national honours', 'count', 'nominations_by_programme', NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('advice_to_province', 190, 'II', '6.1', 'Tham mưu với tỉnh ủy, UBND tỉnh', 'Advice to the provincial party and people''s committees', 'presence', 'advisory_cases_by_kind', 'consultation', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('consultation_and_critique', 200, 'II', '6.2', 'Tư vấn, phản biện', 'Consultation and critique', 'presence', 'advisory_cases_by_kind', NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('social_activities', 210, 'II', '7', 'Hoạt động xã hội', 'Social activities', 'presence', 'activities_by_kind', 'social_activity', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('certificates_of_merit', 220, 'III', '1', 'Bằng khen của UBND tỉnh, của Liên hiệp hội Việt Nam', 'Certificates of merit (provincial people''s committee, VUSTA)', 'presence', 'commendations_by_type', 'certificate_of_merit', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('emulation_flags', 230, 'III', '2', 'Cờ thi đua của UBND tỉnh, của Liên hiệp hội Việt Nam', 'Emulation flags (provincial people''s committee, VUSTA)', 'presence', 'commendations_by_type', 'emulation_flag', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('national_celebration_delegate', 240, 'III', '3', 'Đại diện khối địa phương dự lễ kỷ niệm quốc gia, biểu dương điển hình tiên tiến', 'Delegate of the provincial unions at a national celebration', 'presence', NULL, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('prime_minister_merit_individual', 250, 'III', '4.1', 'Bằng khen của Thủ tướng Chính phủ cho cá nhân', 'Prime Minister''s certificate of merit to a person', 'presence', NULL, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('prime_minister_merit_collective', 260, 'III', '4.2', 'Bằng khen của Thủ tướng Chính phủ cho tập thể', 'Prime Minister''s certificate of merit to the union', 'presence', NULL, NULL, 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);
INSERT INTO indicators (code, position, section, number, name_vi, name_en, unit, metric, dimensions, window_years, created_at, updated_at) VALUES ('labour_orders', 270, 'III', '5', 'Huân chương Lao động', 'Labour Orders', 'presence', 'commendations_by_type', 'labour_order', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP);

INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 18.5, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'founding_seniority';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 22.5, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'member_associations';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 110000.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'members';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 18000.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'intellectual_members';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 9.5, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'full_time_staff';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 31.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'department_level_office';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 25.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'service_car';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 42.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'newsletter';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 24.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'online_forum';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 7.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'journal';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 58.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'technical_innovation_contest';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 48.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'youth_creativity_contest';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 35.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'research_and_workshops';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 42.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'councils';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 20.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'provincial_st_award';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 12.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'st_award_secretariat';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 25.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'provincial_honours';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 25.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'advice_to_province';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 46.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'consultation_and_critique';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 50.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'social_activities';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 45.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'certificates_of_merit';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 20.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'emulation_flags';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 1.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'national_celebration_delegate';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 15.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'prime_minister_merit_individual';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 12.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'prime_minister_merit_collective';
INSERT INTO indicator_values (indicator_id, year, national_value, national_source, created_at, updated_at) SELECT id, 2019, 9.0, 'Liên hiệp các hội KH&KT Việt Nam: tổng kết 10 năm thực hiện Chỉ thị 42-CT/TW của Bộ Chính trị (2019)', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM indicators WHERE code = 'labour_orders';

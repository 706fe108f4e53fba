-- Research projects at ministerial level (đề tài cấp bộ), between national and provincial
-- (issue 30: the report's research counts by level).
ALTER TABLE activities DROP CONSTRAINT activities_research_level_check;
ALTER TABLE activities ADD CONSTRAINT activities_research_level_check
    CHECK (research_level IN ('national', 'ministerial', 'provincial', 'grassroots'));

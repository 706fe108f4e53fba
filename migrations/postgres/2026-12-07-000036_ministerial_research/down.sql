UPDATE activities SET research_level = 'national' WHERE research_level = 'ministerial';
ALTER TABLE activities DROP CONSTRAINT activities_research_level_check;
ALTER TABLE activities ADD CONSTRAINT activities_research_level_check
    CHECK (research_level IN ('national', 'provincial', 'grassroots'));

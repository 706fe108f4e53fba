-- A draft-law comment may propose what National Assembly deputies say on the draft in the
-- Assembly (issue 30: "03 dự án luật đề xuất lựa chọn nội dung phát biểu trên diễn đàn Quốc
-- hội"), beside the dozens of comments sent to the province's delegation.
ALTER TABLE advisory_cases ADD COLUMN speech_proposal BOOLEAN NOT NULL DEFAULT FALSE;

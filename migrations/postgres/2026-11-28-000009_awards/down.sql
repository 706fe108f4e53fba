DROP TABLE commendations;
DROP TABLE nominations;
DROP TABLE honouree_categories;
DROP TABLE honourees;
DROP TABLE honour_rounds;
DROP TABLE award_categories;

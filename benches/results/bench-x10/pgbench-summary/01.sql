SELECT "data_version"."version" FROM "data_version" WHERE ("data_version"."id" = '1') LIMIT '1';

-- The province's own figures the union measures itself against, by year (issue 30): the
-- report's "gần 2 vạn trí thức KHCN, chiếm 60% trí thức toàn tỉnh" needs the province's count
-- of S&T intellectuals, recorded by staff from the province's statistics with their source.
CREATE TABLE union_province_figures (
    id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1900 AND 2100),
    st_intellectuals BIGINT NOT NULL CHECK (st_intellectuals >= 0),
    source TEXT,
    note TEXT,
    version INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

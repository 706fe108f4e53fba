from enum import StrEnum


class Role(StrEnum):
    ADMIN = "admin"
    ASSOCIATION_MANAGER = "association_manager"
    EXPERT = "expert"
    JUDGE = "judge"
    STAFF = "staff"
    STATISTICS_READER = "statistics_reader"

    def __str__(self) -> str:
        return str(self.value)

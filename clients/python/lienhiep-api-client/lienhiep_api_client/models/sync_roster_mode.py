from enum import StrEnum


class SyncRosterMode(StrEnum):
    SNAPSHOT = "snapshot"
    UPSERT = "upsert"

    def __str__(self) -> str:
        return str(self.value)

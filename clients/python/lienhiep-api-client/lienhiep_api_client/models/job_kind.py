from enum import StrEnum


class JobKind(StrEnum):
    IMPORT_ACTIVITIES = "import_activities"
    IMPORT_ADVISORY_CASES = "import_advisory_cases"
    IMPORT_EDITION_ENTRIES = "import_edition_entries"
    IMPORT_HONOUREES = "import_honourees"
    ROSTER_SYNC = "roster_sync"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class PublicationKind(StrEnum):
    JOURNAL = "journal"
    NEWSLETTER = "newsletter"
    ONLINE_FORUM = "online_forum"
    OTHER = "other"
    THEMATIC = "thematic"
    WEBSITE = "website"

    def __str__(self) -> str:
        return str(self.value)

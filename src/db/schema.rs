//! The tables, written once with portable column types for both backends.
//! Keep in step with `migrations/sqlite` and `migrations/postgres`: a test
//! (`storage::schema_rs_matches_the_migrated_database_column_for_column`) compares every table,
//! column, type and nullability with each migrated database.

diesel::table! {
    /// The reference lists (code lists).
    reference_lists (name) {
        /// Machine name of the list, e.g. `ethnic_groups`.
        name -> Text,
        /// Vietnamese title.
        title_vi -> Text,
        /// English title.
        title_en -> Text,
        /// Where the values come from.
        source -> Text,
        /// Display order of the list.
        position -> Integer,
    }
}

diesel::table! {
    /// The values of each reference list.
    reference_values (list, code) {
        /// The list this value belongs to.
        list -> Text,
        /// The stable code.
        code -> Text,
        /// Vietnamese label.
        label_vi -> Text,
        /// English label.
        label_en -> Text,
        /// Other names, separated by `;`.
        other_names -> Text,
        /// Display order within the list.
        position -> Integer,
    }
}

diesel::joinable!(reference_values -> reference_lists (list));
diesel::allow_tables_to_appear_in_same_query!(reference_lists, reference_values);

diesel::table! {
    /// People who log in.
    users (id) {
        /// Id.
        id -> BigInt,
        /// Unique login name.
        username -> Text,
        /// Argon2id PHC string.
        password_hash -> Text,
        /// The person this user is, if linked.
        person_id -> Nullable<BigInt>,
        /// Whether the user may log in.
        enabled -> Bool,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
        /// The password is temporary: the user must change it before anything else.
        must_change_password -> Bool,
        /// Last successful login (UTC).
        last_login_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// The roles of each user.
    user_roles (user_id, role) {
        /// The user.
        user_id -> BigInt,
        /// Role code.
        role -> Text,
    }
}

diesel::table! {
    /// The associations a user's scoped roles apply to.
    user_associations (user_id, association_id) {
        /// The user.
        user_id -> BigInt,
        /// The association.
        association_id -> BigInt,
    }
}

diesel::table! {
    /// Member associations and collective members.
    associations (id) {
        /// Id.
        id -> BigInt,
        /// Full name.
        name -> Text,
        /// Unique key of the name (lower case, NFC, single spaces).
        name_key -> Text,
        /// Short name.
        short_name -> Nullable<Text>,
        /// `member_association` or `collective_member`.
        kind -> Text,
        /// Field of activity.
        field_of_activity -> Nullable<Text>,
        /// Founding date.
        founded_on -> Nullable<Date>,
        /// Date it joined the union.
        joined_on -> Nullable<Date>,
        /// `active`, `suspended` or `dissolved`.
        status -> Text,
        /// A special association (hội đặc thù).
        special_status -> Bool,
        /// Date of dissolution.
        dissolved_on -> Nullable<Date>,
        /// Postal address.
        address -> Nullable<Text>,
        /// Office phone.
        phone -> Nullable<Text>,
        /// Office email.
        email -> Nullable<Text>,
        /// Website.
        website -> Nullable<Text>,
        /// Chairperson's name.
        chairperson -> Nullable<Text>,
        /// Description.
        description -> Nullable<Text>,
        /// Vietnamese collation key of the name.
        sort_key -> Text,
        /// Folded text for search.
        search_text -> Text,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Status changes of associations.
    association_status_history (id) {
        /// Id.
        id -> BigInt,
        /// The association.
        association_id -> BigInt,
        /// Previous status (none for the first entry).
        from_status -> Nullable<Text>,
        /// New status.
        to_status -> Text,
        /// Date the change takes effect.
        effective_on -> Date,
        /// Why.
        reason -> Nullable<Text>,
        /// Who.
        changed_by -> Text,
        /// When it was recorded (UTC).
        changed_at -> Timestamp,
    }
}

diesel::table! {
    /// Branches of associations (chi hội, huyện hội).
    branches (id) {
        /// Id.
        id -> BigInt,
        /// The association.
        association_id -> BigInt,
        /// Name.
        name -> Text,
        /// Unique key of the name within the association.
        name_key -> Text,
        /// District.
        district -> Nullable<Text>,
        /// Founding date.
        founded_on -> Nullable<Date>,
        /// Member count the branch reports.
        member_count_reported -> Nullable<Integer>,
        /// `active`, `inactive` or `dissolved`.
        status -> Text,
        /// Vietnamese collation key of the name.
        sort_key -> Text,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Every write: who, what, when.
    audit_log (id) {
        /// Id.
        id -> BigInt,
        /// When (UTC).
        occurred_at -> Timestamp,
        /// Acting user.
        actor_user_id -> Nullable<BigInt>,
        /// Acting subject.
        actor -> Text,
        /// Action, e.g. `association.update`.
        action -> Text,
        /// Kind of record.
        entity_type -> Text,
        /// Record id.
        entity_id -> Text,
        /// Request id.
        request_id -> Nullable<Text>,
        /// Changed fields (JSON), personal data masked.
        changes -> Text,
    }
}

diesel::table! {
    /// Idempotency keys of writes, kept per actor for 24 hours.
    idempotency_keys (actor, idempotency_key) {
        /// The actor (token subject).
        actor -> Text,
        /// The client's key.
        idempotency_key -> Text,
        /// Hash of method, path, content type and body.
        request_hash -> Text,
        /// Status of the stored answer; none while the first request runs.
        status -> Nullable<Integer>,
        /// Stored answer headers (JSON).
        response_headers -> Nullable<Text>,
        /// Stored answer body.
        response_body -> Nullable<Binary>,
        /// First seen (UTC).
        created_at -> Timestamp,
        /// Forgotten after (UTC).
        expires_at -> Timestamp,
    }
}

diesel::table! {
    /// Refresh tokens (stored as SHA-256 hashes), in rotation families.
    refresh_tokens (id) {
        /// Id.
        id -> BigInt,
        /// SHA-256 (hex) of the token.
        token_hash -> Text,
        /// The family: every token rotated from one login.
        family_id -> Text,
        /// The user.
        user_id -> BigInt,
        /// Issued (UTC).
        issued_at -> Timestamp,
        /// Expires (UTC).
        expires_at -> Timestamp,
        /// When it was exchanged for a newer token.
        rotated_at -> Nullable<Timestamp>,
        /// When it was revoked.
        revoked_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// Machine clients (client credentials grant).
    api_clients (id) {
        /// Id.
        id -> BigInt,
        /// Public client id.
        client_id -> Text,
        /// SHA-256 (hex) of the secret.
        secret_hash -> Text,
        /// Display name.
        name -> Text,
        /// May get tokens.
        enabled -> Bool,
        /// Last token issued (UTC).
        last_used_at -> Nullable<Timestamp>,
        /// Version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Roles of machine clients.
    api_client_roles (client_pk, role) {
        /// The client.
        client_pk -> BigInt,
        /// Role code.
        role -> Text,
    }
}

diesel::table! {
    /// Association scope of machine clients.
    api_client_associations (client_pk, association_id) {
        /// The client.
        client_pk -> BigInt,
        /// The association.
        association_id -> BigInt,
    }
}

diesel::table! {
    /// Password login attempts, for throttling.
    login_attempts (id) {
        /// Id.
        id -> BigInt,
        /// Lower-cased username tried.
        username_key -> Text,
        /// Client address.
        client_addr -> Text,
        /// When (UTC).
        attempted_at -> Timestamp,
        /// Whether it succeeded.
        succeeded -> Bool,
    }
}

diesel::table! {
    /// People: members of one or more associations.
    persons (id) {
        /// Id.
        id -> BigInt,
        /// Full name as written, family name first.
        full_name -> Text,
        /// Family name (first word).
        family_name -> Text,
        /// Middle name(s).
        middle_name -> Nullable<Text>,
        /// Given name (last word).
        given_name -> Text,
        /// Full name in lower case with diacritics, for exact-diacritics ranking.
        name_lower -> Text,
        /// Full name folded (no case, no diacritics, đ → d), for name-prefix search.
        name_folded -> Text,
        /// `male`, `female` or `other`.
        gender -> Nullable<Text>,
        /// Birth date.
        birth_date -> Nullable<Date>,
        /// Birth year (from the date, or alone when only the year is known).
        birth_year -> Nullable<Integer>,
        /// Ethnic group code (reference list `ethnic_groups`).
        ethnicity -> Nullable<Text>,
        /// Education level code.
        education_level -> Nullable<Text>,
        /// Academic title code.
        academic_title -> Nullable<Text>,
        /// Honour title codes, comma-separated.
        honour_titles -> Text,
        /// Field of expertise.
        field_of_expertise -> Nullable<Text>,
        /// Workplace.
        workplace -> Nullable<Text>,
        /// Position.
        position -> Nullable<Text>,
        /// Phone.
        phone -> Nullable<Text>,
        /// Email.
        email -> Nullable<Text>,
        /// Keyed hash of the national ID number (never the number).
        national_id_hash -> Nullable<Text>,
        /// Version.
        version -> Integer,
        /// Created.
        created_at -> Timestamp,
        /// Changed.
        updated_at -> Timestamp,
        /// The person this one was merged into (its memberships moved there).
        merged_into -> Nullable<BigInt>,
    }
}

diesel::table! {
    /// Merges of duplicate people, kept so that each can be undone.
    person_merges (id) {
        /// Id.
        id -> BigInt,
        /// The person kept.
        kept_person_id -> BigInt,
        /// JSON array of the merged person ids.
        merged_person_ids -> Text,
        /// JSON array of [membership_id, from_person_id].
        moves -> Text,
        /// Who merged.
        actor -> Text,
        /// When.
        created_at -> Timestamp,
        /// When undone.
        undone_at -> Nullable<Timestamp>,
        /// Who undid it.
        undone_by -> Nullable<Text>,
    }
}

diesel::table! {
    /// The member search index: one row per folded name word and membership, ordered by the
    /// given-name sort key so a one-word search is an ordered range scan.
    member_search (token, sort_given, membership_id) {
        /// A folded word of the person's name.
        token -> Text,
        /// The membership's given-name sort key (copied from the membership).
        sort_given -> Text,
        /// The membership.
        membership_id -> BigInt,
        /// Every word of the name, each after a space (" nguyen van an"): the other words of
        /// a search are checked on the row scanned.
        words -> Text,
    }
}

diesel::table! {
    /// Memberships: a person in an association.
    memberships (id) {
        /// Id.
        id -> BigInt,
        /// The person.
        person_id -> BigInt,
        /// The association.
        association_id -> BigInt,
        /// The association's own key for the member, unique within it.
        external_id -> Nullable<Text>,
        /// Member number.
        member_number -> Nullable<Text>,
        /// Branch.
        branch_id -> Nullable<BigInt>,
        /// Joined.
        joined_on -> Nullable<Date>,
        /// Left.
        left_on -> Nullable<Date>,
        /// `active`, `left` or `deceased`.
        status -> Text,
        /// Sort key by given name (Vietnamese order).
        sort_given -> Text,
        /// Sort key by full name.
        sort_full -> Text,
        /// Version.
        version -> Integer,
        /// Created.
        created_at -> Timestamp,
        /// Changed.
        updated_at -> Timestamp,
        /// The change number of the last write (the roster change feed).
        change_seq -> BigInt,
        /// The change number of the creating write.
        created_seq -> BigInt,
    }
}

diesel::table! {
    /// Each association's change in members from one year to the next, by gender, ethnic
    /// group and education, and the memberships recorded each year: kept by triggers on
    /// memberships and persons (migration `member_figures`), read by the member statistics.
    member_figures (association_id, year, dimension, value) {
        /// The association.
        association_id -> BigInt,
        /// The year the change takes effect in (members at the end of it and later).
        year -> Integer,
        /// `gender`, `ethnicity`, `education_level`, or `recorded` (memberships recorded that year).
        dimension -> Text,
        /// The breakdown value; '' where not recorded.
        value -> Text,
        /// Members gained (less members lost) that year; for `recorded`, memberships recorded.
        change -> BigInt,
    }
}

diesel::table! {
    /// Named counters: the change numbers of the roster feed and the feed's epoch.
    counters (name) {
        /// Name.
        name -> Text,
        /// Value.
        value -> BigInt,
    }
}

diesel::table! {
    /// Background jobs (big roster syncs).
    jobs (id) {
        /// Id.
        id -> BigInt,
        /// What the job does (`roster_sync`, `import_honourees`, …).
        kind -> Text,
        /// The association it works on (none for the union's imports).
        association_id -> Nullable<BigInt>,
        /// `queued`, `running`, `completed` or `failed`.
        state -> Text,
        /// Rows to process.
        rows_total -> BigInt,
        /// Rows processed (as last written).
        rows_done -> BigInt,
        /// The final report (JSON).
        report -> Nullable<Text>,
        /// Why it failed.
        error -> Nullable<Text>,
        /// Who started it.
        actor -> Text,
        /// The process running it.
        runner -> Text,
        /// Last sign of life from the runner.
        heartbeat_at -> Timestamp,
        /// Created.
        created_at -> Timestamp,
        /// Started.
        started_at -> Nullable<Timestamp>,
        /// Finished.
        finished_at -> Nullable<Timestamp>,
    }
}

diesel::table! {
    /// The catalogue of award categories (achievements that qualify an honouree).
    award_categories (id) {
        /// Id.
        id -> BigInt,
        /// Stable code.
        code -> Text,
        /// Vietnamese name.
        name_vi -> Text,
        /// English name.
        name_en -> Text,
        /// `provincial`, `national` or `international`.
        level -> Text,
        /// `title`, `order`, `academic`, `prize` or `certificate`.
        kind -> Text,
        /// Display position.
        position -> Integer,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Rounds of honouring outstanding intellectuals.
    honour_rounds (id) {
        /// Id.
        id -> BigInt,
        /// Year of the round.
        year -> Integer,
        /// Name.
        name -> Text,
        /// Unique key of the name.
        name_key -> Text,
        /// Ceremony date.
        ceremony_on -> Nullable<Date>,
        /// Description.
        description -> Nullable<Text>,
        /// Status code.
        status -> Text,
        /// When it was published (UTC).
        published_at -> Nullable<Timestamp>,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// People proposed for (and honoured in) a round.
    honourees (id) {
        /// Id.
        id -> BigInt,
        /// The round.
        round_id -> BigInt,
        /// The person, when known.
        person_id -> Nullable<BigInt>,
        /// Full name.
        full_name -> Text,
        /// Workplace.
        workplace -> Nullable<Text>,
        /// Position.
        position -> Nullable<Text>,
        /// The proposing association.
        association_id -> Nullable<BigInt>,
        /// Citation.
        citation -> Nullable<Text>,
        /// `pending`, `approved` or `rejected`.
        decision -> Text,
        /// Reason of a rejection.
        decision_reason -> Nullable<Text>,
        /// When decided (UTC).
        decided_at -> Nullable<Timestamp>,
        /// Who decided.
        decided_by -> Nullable<Text>,
        /// Who proposed.
        proposed_by -> Text,
        /// Folded name and workplace, for search.
        search_text -> Text,
        /// Identity of the person within the round.
        person_key -> Text,
        /// Vietnamese collation key of the name (given name first).
        sort_key -> Text,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// The categories that qualify an honouree.
    honouree_categories (honouree_id, category_id) {
        /// The honouree.
        honouree_id -> BigInt,
        /// The category.
        category_id -> BigInt,
    }
}

diesel::table! {
    /// Nominations to national honours.
    nominations (id) {
        /// Id.
        id -> BigInt,
        /// Programme code.
        programme -> Text,
        /// Programme name (for `other`).
        programme_name -> Nullable<Text>,
        /// Year.
        year -> Integer,
        /// The nominee, when a known person.
        person_id -> Nullable<BigInt>,
        /// Nominee's name.
        nominee_name -> Text,
        /// Nominee's workplace.
        workplace -> Nullable<Text>,
        /// The association that proposed the nominee.
        association_id -> Nullable<BigInt>,
        /// Status code.
        status -> Text,
        /// Reference of the decision.
        decision_reference -> Nullable<Text>,
        /// Notes.
        notes -> Nullable<Text>,
        /// Vietnamese collation key of the nominee's name.
        sort_key -> Text,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
        /// When it was sent to the programme, as recorded.
        submitted_on -> Nullable<Date>,
        /// When the programme decided, as recorded.
        decided_on -> Nullable<Date>,
    }
}

diesel::table! {
    /// Commendations received by the union, its associations and people.
    commendations (id) {
        /// Id.
        id -> BigInt,
        /// `union`, `association` or `person`.
        recipient_kind -> Text,
        /// The association (recipient kind `association`).
        association_id -> Nullable<BigInt>,
        /// The person, when known (recipient kind `person`).
        person_id -> Nullable<BigInt>,
        /// The recipient's name (recipient kind `person`).
        recipient_name -> Nullable<Text>,
        /// Type code.
        #[sql_name = "type"]
        kind -> Text,
        /// Class of an order.
        order_class -> Nullable<Text>,
        /// Issuer code.
        issuer -> Text,
        /// Issuer's name (for `other`).
        issuer_name -> Nullable<Text>,
        /// Decision number.
        decision_number -> Nullable<Text>,
        /// Decision date.
        decided_on -> Nullable<Date>,
        /// Year.
        year -> Integer,
        /// Citation.
        citation -> Nullable<Text>,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Activities of the union and its associations.
    activities (id) {
        /// Id.
        id -> BigInt,
        /// Kind code.
        kind -> Text,
        /// Title.
        title -> Text,
        /// `union`, `association` or `partner`.
        organiser_kind -> Text,
        /// The organising (or recording) association.
        association_id -> Nullable<BigInt>,
        /// The partner that organised it.
        partner_name -> Nullable<Text>,
        /// Start date (or the date).
        starts_on -> Date,
        /// End date of a period.
        ends_on -> Nullable<Date>,
        /// Year of the start date.
        year -> Integer,
        /// Place.
        place -> Nullable<Text>,
        /// Participants.
        participants -> Nullable<Integer>,
        /// The union's role.
        union_role -> Nullable<Text>,
        /// Outcome or notes.
        outcome -> Nullable<Text>,
        /// Links, as a JSON array.
        links -> Text,
        /// `public` or `internal`.
        visibility -> Text,
        /// Council name (council participation).
        council_name -> Nullable<Text>,
        /// Projects evaluated (council participation).
        projects_evaluated -> Nullable<Integer>,
        /// Role in the council.
        council_role -> Nullable<Text>,
        /// Level of a research project.
        research_level -> Nullable<Text>,
        /// Status of a research project.
        research_status -> Nullable<Text>,
        /// Beneficiaries (social activity).
        beneficiaries -> Nullable<Integer>,
        /// Amount in VND (social activity).
        amount -> Nullable<BigInt>,
        /// Articles (publication).
        articles -> Nullable<Integer>,
        /// Folded title, place, partner and council, for search.
        search_text -> Text,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
        /// Visits to the publication's online channel over the activity's period.
        visits -> Nullable<BigInt>,
        /// What the publication is (code list `publication_kinds`).
        publication_kind -> Nullable<Text>,
    }
}

diesel::table! {
    /// Advisory cases: consultation, critique and social assessment.
    advisory_cases (id) {
        /// Id.
        id -> BigInt,
        /// Title.
        title -> Text,
        /// Kind code.
        kind -> Text,
        /// Requester code.
        requester -> Text,
        /// The requester's name.
        requester_name -> Nullable<Text>,
        /// Reference of the request.
        request_reference -> Nullable<Text>,
        /// Date of the request.
        request_date -> Nullable<Date>,
        /// Legal basis.
        legal_basis -> Nullable<Text>,
        /// Field.
        field -> Nullable<Text>,
        /// Received.
        received_on -> Date,
        /// Due.
        due_on -> Nullable<Date>,
        /// Under a contract.
        under_contract -> Bool,
        /// Fee in VND.
        fee -> Nullable<BigInt>,
        /// `public` or `internal`.
        confidentiality -> Text,
        /// Status code.
        status -> Text,
        /// Reason of a decline.
        decline_reason -> Nullable<Text>,
        /// When the opinion was submitted.
        submitted_on -> Nullable<Date>,
        /// Outcome code.
        outcome -> Nullable<Text>,
        /// Outcome note.
        outcome_note -> Nullable<Text>,
        /// Outcome reference.
        outcome_reference -> Nullable<Text>,
        /// When closed.
        closed_on -> Nullable<Date>,
        /// Folded title, field, requester name and references, for search.
        search_text -> Text,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
        /// Number of the draft submitted as the opinion.
        submitted_draft -> Nullable<Integer>,
        /// When the case was accepted, as recorded (not when that was entered).
        accepted_on -> Nullable<Date>,
        /// When it was declined, as recorded.
        declined_on -> Nullable<Date>,
        /// When work started, as recorded.
        started_on -> Nullable<Date>,
        /// When the outcome became known, as recorded.
        outcome_on -> Nullable<Date>,
        /// A draft-law comment that proposes what deputies say on the draft in the Assembly.
        speech_proposal -> Bool,
    }
}

diesel::table! {
    /// The experts on an advisory case, and contributors without an account.
    advisory_experts (id) {
        /// Id.
        id -> BigInt,
        /// The case.
        case_id -> BigInt,
        /// The expert's user account; `NULL` for a contributor.
        user_id -> Nullable<BigInt>,
        /// The person.
        person_id -> BigInt,
        /// The person's name when added.
        full_name -> Text,
        /// `chair`, `reviewer`, `secretary` or `contributor`.
        role -> Text,
        /// The conflict-of-interest declaration: `NULL` until declared.
        has_conflict -> Nullable<Bool>,
        /// What the declared conflict is.
        conflict_note -> Nullable<Text>,
        /// When declared (UTC).
        declared_at -> Nullable<Timestamp>,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Versioned opinion drafts of an advisory case; never changed once written.
    advisory_drafts (id) {
        /// Id.
        id -> BigInt,
        /// The case.
        case_id -> BigInt,
        /// Version number within the case, from 1.
        number -> Integer,
        /// The text.
        body -> Text,
        /// Length of the text in characters.
        chars -> Integer,
        /// What changed.
        note -> Nullable<Text>,
        /// The author's user account.
        author_user_id -> Nullable<BigInt>,
        /// The author's name (the expert's name, or the account's name).
        author_name -> Text,
        /// Written (UTC).
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// Contests run in editions.
    contests (id) {
        /// Id.
        id -> BigInt,
        /// Stable code.
        code -> Text,
        /// Vietnamese name.
        name_vi -> Text,
        /// English name.
        name_en -> Text,
        /// Kind code.
        kind -> Text,
        /// Description.
        description -> Nullable<Text>,
        /// How pupils under 18 are named in public: `full_name` or `initials`.
        minor_names -> Text,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Editions of a contest.
    contest_editions (id) {
        /// Id.
        id -> BigInt,
        /// The contest.
        contest_id -> BigInt,
        /// Edition number (lần thứ).
        number -> Integer,
        /// Year.
        year -> Integer,
        /// Name.
        name -> Nullable<Text>,
        /// Submissions open (informative).
        submission_opens_on -> Nullable<Date>,
        /// Submissions close (informative).
        submission_closes_on -> Nullable<Date>,
        /// Judging starts (informative).
        judging_starts_on -> Nullable<Date>,
        /// Judging ends (informative).
        judging_ends_on -> Nullable<Date>,
        /// Status code.
        status -> Text,
        /// First prizes available.
        quota_first -> Integer,
        /// Second prizes available.
        quota_second -> Integer,
        /// Third prizes available.
        quota_third -> Integer,
        /// Consolation prizes available.
        quota_consolation -> Integer,
        /// When the results were published.
        published_on -> Nullable<Date>,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
        /// When it opened for entries, as recorded.
        opened_on -> Nullable<Date>,
        /// When judging started, as recorded.
        judging_started_on -> Nullable<Date>,
        /// When it closed, as recorded.
        closed_on -> Nullable<Date>,
    }
}

diesel::table! {
    /// Judging criteria of an edition.
    edition_criteria (id) {
        /// Id.
        id -> BigInt,
        /// The edition.
        edition_id -> BigInt,
        /// Order, from 1.
        position -> Integer,
        /// Code within the edition.
        code -> Text,
        /// Name.
        name -> Text,
        /// Weight.
        weight -> Integer,
        /// Maximum score.
        max_score -> Integer,
    }
}

diesel::table! {
    /// Entries of an edition.
    contest_entries (id) {
        /// Id.
        id -> BigInt,
        /// The edition.
        edition_id -> BigInt,
        /// Title.
        title -> Text,
        /// Field.
        field -> Nullable<Text>,
        /// Summary.
        summary -> Nullable<Text>,
        /// Proposing association.
        association_id -> Nullable<BigInt>,
        /// Attachments (JSON array of links with metadata).
        attachments -> Text,
        /// Status code.
        status -> Text,
        /// Why it is ineligible.
        ineligible_reason -> Nullable<Text>,
        /// Provincial prize code.
        prize -> Nullable<Text>,
        /// Rank at publication.
        rank -> Nullable<Integer>,
        /// Score at publication.
        final_score -> Nullable<Double>,
        /// When it was sent on to the national contest.
        national_sent_on -> Nullable<Date>,
        /// National prize code.
        national_prize -> Nullable<Text>,
        /// Labour Creativity Certificate received.
        labour_creativity_certificate -> Bool,
        /// Applied in practice.
        applied -> Bool,
        /// Commercialised.
        commercialised -> Bool,
        /// Note on the national result.
        national_note -> Nullable<Text>,
        /// Folded title, field and author names, for search.
        search_text -> Text,
        /// Who submitted it.
        submitted_by -> Text,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Authors of an entry (pupils and supervisors for the youth contest).
    entry_authors (id) {
        /// Id.
        id -> BigInt,
        /// The entry.
        entry_id -> BigInt,
        /// Order, from 1.
        position -> Integer,
        /// Role code.
        role -> Text,
        /// A known person.
        person_id -> Nullable<BigInt>,
        /// Name.
        full_name -> Text,
        /// Workplace.
        workplace -> Nullable<Text>,
        /// School.
        school -> Nullable<Text>,
        /// Grade (1 to 12).
        grade -> Nullable<Integer>,
        /// Birth date.
        birth_date -> Nullable<Date>,
    }
}

diesel::table! {
    /// Judges assigned to entries.
    judge_assignments (id) {
        /// Id.
        id -> BigInt,
        /// The entry.
        entry_id -> BigInt,
        /// The judge's account.
        user_id -> BigInt,
        /// The judge's person.
        person_id -> BigInt,
        /// The judge's name.
        full_name -> Text,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// Awards entries won abroad (international contests and exhibitions).
    entry_international_awards (id) {
        /// Id.
        id -> BigInt,
        /// The entry.
        entry_id -> BigInt,
        /// The contest or exhibition.
        event -> Text,
        /// Where it was held.
        country -> Nullable<Text>,
        /// When it was held.
        year -> Integer,
        /// The award (code list `international_awards`).
        award -> Text,
        /// Who gave it, when not the organisers.
        awarded_by -> Nullable<Text>,
        /// Note.
        note -> Nullable<Text>,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
    }
}

diesel::table! {
    /// Current scores: one per entry, judge and criterion.
    entry_scores (id) {
        /// Id.
        id -> BigInt,
        /// The entry.
        entry_id -> BigInt,
        /// The judge's account.
        user_id -> BigInt,
        /// The criterion.
        criterion_id -> BigInt,
        /// The score.
        score -> Integer,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Every change of a score.
    entry_score_changes (id) {
        /// Id.
        id -> BigInt,
        /// The entry.
        entry_id -> BigInt,
        /// The judge's account.
        user_id -> BigInt,
        /// The criterion.
        criterion_id -> BigInt,
        /// Before (`NULL`: first score).
        old_score -> Nullable<Integer>,
        /// After (`NULL`: removed).
        new_score -> Nullable<Integer>,
        /// When (UTC).
        changed_at -> Timestamp,
        /// Who.
        actor -> Text,
    }
}

diesel::table! {
    /// The data version: grows with every committed change of the union's data.
    data_version (id) {
        /// Always 1.
        id -> Integer,
        /// The version.
        version -> BigInt,
        /// When it last moved (UTC).
        changed_at -> Timestamp,
    }
}

diesel::table! {
    /// The chain of keys the stored national-ID hashes are made under, oldest first (public
    /// key ids, never keys).
    id_hash_keys (ordinal) {
        /// Place in the chain, from 1.
        ordinal -> Integer,
        /// The key's public id.
        key_id -> Text,
        /// When the key was added (UTC).
        added_at -> Timestamp,
    }
}

diesel::table! {
    /// Yearly aggregates an association reports (members, S&T intellectuals, branches, activities).
    association_annual_reports (id) {
        /// Id.
        id -> BigInt,
        /// The association.
        association_id -> BigInt,
        /// The year reported on.
        year -> Integer,
        /// Members at the end of the year.
        members -> Nullable<BigInt>,
        /// Members who are S&T intellectuals.
        intellectual_members -> Nullable<BigInt>,
        /// Branches.
        branches -> Nullable<BigInt>,
        /// Activities held in the year.
        activities -> Nullable<BigInt>,
        /// The document the figures come from.
        document -> Nullable<Text>,
        /// Note.
        note -> Nullable<Text>,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// An association's standing in its national sector by year: affiliation, ranking,
    /// delegates to national congresses, members of the provincial Fatherland Front committee.
    association_national_standing (id) {
        /// Id.
        id -> BigInt,
        /// The association.
        association_id -> BigInt,
        /// The year.
        year -> Integer,
        /// The national association it is affiliated with.
        national_association -> Nullable<Text>,
        /// How the national association ranks it (code list `national_rankings`).
        ranking -> Nullable<Text>,
        /// Its delegates to national congresses.
        national_congress_delegates -> Nullable<BigInt>,
        /// Its experts on the provincial Fatherland Front committee.
        fatherland_front_members -> Nullable<BigInt>,
        /// The document it comes from.
        source -> Nullable<Text>,
        /// Note.
        note -> Nullable<Text>,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// Development indicators of the union's report (definitions).
    indicators (id) {
        /// Id.
        id -> BigInt,
        /// Stable code.
        code -> Text,
        /// Order in the table.
        position -> Integer,
        /// Section (e.g. `I`).
        section -> Text,
        /// Number within the section (e.g. `1.1`).
        number -> Text,
        /// Vietnamese name.
        name_vi -> Text,
        /// English name.
        name_en -> Text,
        /// `years`, `count`, `people` or `presence`.
        unit -> Text,
        /// The metric the union's value comes from; `NULL`: recorded by staff.
        metric -> Nullable<Text>,
        /// Comma-separated breakdown values summed (all when `NULL`).
        dimensions -> Nullable<Text>,
        /// Years summed, ending with the year asked for.
        window_years -> Integer,
        /// Description.
        description -> Nullable<Text>,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
        /// Counts from this year up to the year asked for instead of the window (`NULL`: the window).
        since_year -> Nullable<Integer>,
    }
}

diesel::table! {
    /// Per indicator and year: the union's recorded value and the national reference.
    indicator_values (id) {
        /// Id.
        id -> BigInt,
        /// The indicator.
        indicator_id -> BigInt,
        /// The year.
        year -> Integer,
        /// The union's value, for indicators recorded by staff.
        union_value -> Nullable<Double>,
        /// Note on the union's value.
        union_note -> Nullable<Text>,
        /// The national reference value.
        national_value -> Nullable<Double>,
        /// Where the national reference comes from.
        national_source -> Nullable<Text>,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// The union itself (one row, id 1).
    union_profile (id) {
        /// Always 1.
        id -> BigInt,
        /// Full name.
        name -> Text,
        /// Short name.
        short_name -> Nullable<Text>,
        /// Founding date.
        founded_on -> Nullable<Date>,
        /// The founding decision.
        founding_decision -> Nullable<Text>,
        /// Postal address.
        address -> Nullable<Text>,
        /// Office phone.
        phone -> Nullable<Text>,
        /// Office email.
        email -> Nullable<Text>,
        /// Website.
        website -> Nullable<Text>,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// The union's congress terms (nhiệm kỳ).
    union_terms (id) {
        /// Id.
        id -> BigInt,
        /// The congress's number, unique.
        number -> Integer,
        /// The day the congress opened.
        congress_on -> Date,
        /// First year of the term.
        first_year -> Integer,
        /// Last year of the term.
        last_year -> Integer,
        /// The standing committee: JSON `[{"name", "position"}]`.
        standing_committee -> Text,
        /// Members of the executive committee.
        executive_committee_size -> Nullable<Integer>,
        /// Delegates to the Fatherland Front's committee.
        fatherland_front_delegates -> Nullable<Integer>,
        /// Note.
        note -> Nullable<Text>,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// The full-time staff of the union's office, per year.
    union_staff (id) {
        /// Id.
        id -> BigInt,
        /// The year, unique.
        year -> Integer,
        /// Full-time staff.
        full_time -> Integer,
        /// Of them by highest education level: JSON `{"<education level>": people}`.
        by_education -> Text,
        /// Note.
        note -> Nullable<Text>,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// The province's own figures the union measures itself against, per year.
    union_province_figures (id) {
        /// Id.
        id -> BigInt,
        /// The year, unique.
        year -> Integer,
        /// S&T intellectuals in the whole province.
        st_intellectuals -> BigInt,
        /// Where the figure comes from.
        source -> Nullable<Text>,
        /// Note.
        note -> Nullable<Text>,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::table! {
    /// The union's own departments, centres and councils.
    union_units (id) {
        /// Id.
        id -> BigInt,
        /// Code chosen by staff, unique.
        code -> Text,
        /// Name.
        name -> Text,
        /// `department`, `centre`, `council` or `other`.
        kind -> Text,
        /// Year it was set up.
        established_year -> Nullable<Integer>,
        /// Year it was closed.
        closed_year -> Nullable<Integer>,
        /// Note.
        note -> Nullable<Text>,
        /// Optimistic-concurrency version.
        version -> Integer,
        /// Created (UTC).
        created_at -> Timestamp,
        /// Last changed (UTC).
        updated_at -> Timestamp,
    }
}

diesel::joinable!(indicator_values -> indicators (indicator_id));

diesel::joinable!(memberships -> persons (person_id));
diesel::joinable!(memberships -> associations (association_id));
diesel::joinable!(member_search -> memberships (membership_id));
diesel::joinable!(refresh_tokens -> users (user_id));
diesel::joinable!(api_client_roles -> api_clients (client_pk));
diesel::joinable!(api_client_associations -> api_clients (client_pk));
diesel::joinable!(user_roles -> users (user_id));
diesel::joinable!(user_associations -> users (user_id));
diesel::joinable!(user_associations -> associations (association_id));
diesel::joinable!(branches -> associations (association_id));
diesel::joinable!(association_status_history -> associations (association_id));
diesel::joinable!(honourees -> honour_rounds (round_id));
diesel::joinable!(honouree_categories -> honourees (honouree_id));
diesel::joinable!(honouree_categories -> award_categories (category_id));
diesel::joinable!(advisory_experts -> advisory_cases (case_id));
diesel::joinable!(advisory_drafts -> advisory_cases (case_id));
diesel::joinable!(contest_editions -> contests (contest_id));
diesel::joinable!(edition_criteria -> contest_editions (edition_id));
diesel::joinable!(contest_entries -> contest_editions (edition_id));
diesel::joinable!(entry_authors -> contest_entries (entry_id));
diesel::joinable!(judge_assignments -> contest_entries (entry_id));
diesel::joinable!(entry_international_awards -> contest_entries (entry_id));
diesel::allow_tables_to_appear_in_same_query!(
    users,
    association_annual_reports,
    association_national_standing,
    indicators,
    indicator_values,
    user_roles,
    user_associations,
    associations,
    association_status_history,
    branches,
    audit_log,
    idempotency_keys,
    refresh_tokens,
    api_clients,
    api_client_roles,
    api_client_associations,
    login_attempts,
    persons,
    member_search,
    person_merges,
    jobs,
    memberships,
    award_categories,
    honour_rounds,
    honourees,
    honouree_categories,
    nominations,
    commendations,
    activities,
    advisory_cases,
    advisory_experts,
    advisory_drafts,
    contests,
    contest_editions,
    edition_criteria,
    contest_entries,
    entry_authors,
    judge_assignments,
    entry_international_awards,
    entry_scores,
    entry_score_changes
);

diesel::allow_columns_to_appear_in_same_group_by_clause!(
    memberships::association_id,
    persons::gender,
    persons::ethnicity,
    persons::education_level,
);

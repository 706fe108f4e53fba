//! The tables, written once with portable column types for both backends.
//! Keep in step with `migrations/sqlite` and `migrations/postgres`.

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

//! Name lists shared by every language: given names and family names of many cultures, and family
//! names written first ("Kim Jong-un"). Sources and licences: README, section "Data sources".

use crate::card::actors::NameLists;

pub static SHARED: NameLists = NameLists {
    given: include_str!("given.txt"),
    given_extra: include_str!("given_extra.txt"),
    surnames: include_str!("surnames.txt"),
    family_first: include_str!("family_first.txt"),
    orgs: include_str!("orgs.txt"),
};

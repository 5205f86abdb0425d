//! Name lists shared by every language: given names and family names of many cultures, and family
//! names written first ("Kim Jong-un"). Sources and licences: README, section "Data sources".

use crate::card::actors::NameLists;
use crate::lang::word_list::word_list;

pub static SHARED: NameLists = NameLists {
    given: word_list!("names/given.txt"),
    given_extra: word_list!("names/given_extra.txt"),
    surnames: word_list!("names/surnames.txt"),
    family_first: word_list!("names/family_first.txt"),
    orgs: word_list!("names/orgs.txt"),
};

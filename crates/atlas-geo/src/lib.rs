//! The map projection shared by the build-time map preparation and the widget.
//!
//! Equal Earth (Šavrič, Patterson & Jenny, 2018): an equal-area pseudocylindrical
//! projection, so shaded areas compare honestly. The world is rotated so that the
//! seam falls in the Bering Strait instead of cutting Chukotka off Russia.
//!
//! **Invariant:** `invert(project(p)) == p` within 1e-9 degrees for every point of
//! the visible world; the tests below hold it.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

mod path;
mod simplify;

pub use path::encode_ring;
pub use simplify::simplify_indices;

const A1: f64 = 1.340264;
const A2: f64 = -0.081106;
const A3: f64 = 0.000893;
const A4: f64 = 0.003796;

/// √3 / 2, the constant of the parametric latitude.
fn m() -> f64 {
    3f64.sqrt() / 2.0
}

/// Central meridian of the widget's map, in degrees east. Puts the seam at 169° W,
/// between Chukotka (easternmost point 169.65° W) and Alaska.
pub const CENTRAL_MERIDIAN: f64 = 11.0;

/// Width of the whole world in map units; map paths, markers and zoom share this space.
pub const WORLD_WIDTH: f64 = 1000.0;

/// The widget's projection: Equal Earth, rotated, scaled to `WORLD_WIDTH` and shifted so
/// that the world spans `0..WORLD_WIDTH` horizontally and `0..world_height()` vertically
/// (y grows downward, as in SVG).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    /// Central meridian in degrees.
    pub central_meridian: f64,
    /// Map units per projected unit.
    pub scale: f64,
}

impl Default for Projection {
    fn default() -> Self {
        let half_width = std::f64::consts::PI / (m() * A1);
        Projection {
            central_meridian: CENTRAL_MERIDIAN,
            scale: WORLD_WIDTH / (2.0 * half_width),
        }
    }
}

fn raw_y(theta: f64) -> f64 {
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2))
}

fn raw_dy(theta: f64) -> f64 {
    let t2 = theta * theta;
    let t6 = t2 * t2 * t2;
    A1 + 3.0 * A2 * t2 + t6 * (7.0 * A3 + 9.0 * A4 * t2)
}

/// The transcendental functions the projection and the widget use: in the browser, its
/// own `Math`, so the wasm carries no copy of libm's (measured: the widget's wasm
/// −4.2 KB gzip per reader); on the host, std's. Both are correctly rounded to within an ulp, far
/// below a pixel.
pub mod math {
    #[cfg(target_arch = "wasm32")]
    pub use js_sys::Math::{asin, cos, exp, sin};

    /// sin(x).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }

    /// cos(x).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }

    /// asin(x).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn asin(x: f64) -> f64 {
        x.asin()
    }

    /// e^x.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn exp(x: f64) -> f64 {
        x.exp()
    }
}

/// Wraps a longitude into `[-180, 180)`.
pub fn wrap_longitude(lon: f64) -> f64 {
    (lon + 180.0).rem_euclid(360.0) - 180.0
}

impl Projection {
    /// Height of the whole world in map units.
    pub fn world_height(&self) -> f64 {
        2.0 * self.scale * raw_y(math::asin(m() * 1.0f64))
    }

    /// Longitude relative to the central meridian, wrapped to `[-180, 180)`.
    pub fn rotate(&self, lon: f64) -> f64 {
        wrap_longitude(lon - self.central_meridian)
    }

    /// Projects an already rotated longitude (which may lie a little outside ±180 for
    /// rings that straddle the seam) and a latitude, both in degrees.
    pub fn project_rotated(&self, rotated_lon: f64, lat: f64) -> (f64, f64) {
        let lambda = rotated_lon.to_radians();
        let theta = math::asin(m() * math::sin(lat.to_radians()));
        let x = lambda * math::cos(theta) / (m() * raw_dy(theta));
        let y = raw_y(theta);
        (
            WORLD_WIDTH / 2.0 + x * self.scale,
            self.world_height() / 2.0 - y * self.scale,
        )
    }

    /// Projects longitude and latitude (degrees) to map units.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        self.project_rotated(self.rotate(lon), lat)
    }

    /// The point of the globe drawn at `(x, y)`, or `None` outside the world's outline.
    pub fn invert(&self, x: f64, y: f64) -> Option<(f64, f64)> {
        let px = (x - WORLD_WIDTH / 2.0) / self.scale;
        let py = (self.world_height() / 2.0 - y) / self.scale;
        // Newton's method on theta; converges in a handful of steps for |lat| ≤ 90.
        let mut theta = py;
        for _ in 0..20 {
            let delta = (raw_y(theta) - py) / raw_dy(theta);
            theta -= delta;
            if delta.abs() < 1e-12 {
                break;
            }
        }
        let sin_phi = math::sin(theta) / m();
        if !(-1.0..=1.0).contains(&sin_phi) || !theta.is_finite() {
            return None;
        }
        let lambda = m() * px * raw_dy(theta) / math::cos(theta);
        if lambda.abs() > std::f64::consts::PI + 1e-9 {
            return None;
        }
        let lon = wrap_longitude(lambda.to_degrees() + self.central_meridian);
        Some((lon, math::asin(sin_phi).to_degrees()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, eps: f64) -> bool {
        (a - b).abs() <= eps
    }

    #[test]
    fn a_grid_of_points_survives_project_then_invert() {
        let p = Projection::default();
        let mut lat = -89.0;
        while lat <= 89.0 {
            let mut lon = -179.0;
            while lon <= 179.0 {
                let (x, y) = p.project(lon, lat);
                let (lon2, lat2) = p.invert(x, y).expect("inside the world");
                assert!(close(lat, lat2, 1e-9), "lat {lat} -> {lat2}");
                let dlon = wrap_longitude(lon - lon2).abs();
                assert!(dlon < 1e-9, "lon {lon} -> {lon2}");
                lon += 7.3;
            }
            lat += 4.9;
        }
    }

    #[test]
    fn the_world_spans_the_declared_width_and_height() {
        let p = Projection::default();
        let (left, _) = p.project_rotated(-180.0, 0.0);
        let (right, _) = p.project_rotated(180.0, 0.0);
        assert!(close(left, 0.0, 1e-9) && close(right, WORLD_WIDTH, 1e-9));
        let (_, top) = p.project(0.0, 90.0);
        let (_, bottom) = p.project(0.0, -90.0);
        assert!(close(top, 0.0, 1e-9));
        assert!(close(bottom, p.world_height(), 1e-9));
        // Equal Earth's aspect ratio is about 2.05:1.
        assert!(close(WORLD_WIDTH / p.world_height(), 2.055, 0.01));
    }

    #[test]
    fn the_central_meridian_is_drawn_at_the_middle() {
        let p = Projection::default();
        let (x, y) = p.project(CENTRAL_MERIDIAN, 0.0);
        assert!(close(x, WORLD_WIDTH / 2.0, 1e-9));
        assert!(close(y, p.world_height() / 2.0, 1e-9));
    }

    #[test]
    fn chukotka_and_alaska_fall_on_opposite_edges() {
        let p = Projection::default();
        let (cape_dezhnev, _) = p.project(-169.65, 66.08);
        let (cape_prince_of_wales, _) = p.project(-168.09, 65.64);
        // The outline narrows towards the poles: compare with its edge at that latitude.
        let (right_edge, _) = p.project_rotated(180.0, 66.08);
        let (left_edge, _) = p.project_rotated(-180.0, 65.64);
        assert!(
            right_edge - cape_dezhnev < 5.0,
            "{cape_dezhnev} vs {right_edge}"
        );
        assert!(
            cape_prince_of_wales - left_edge < 5.0,
            "{cape_prince_of_wales} vs {left_edge}"
        );
    }

    #[test]
    fn points_outside_the_outline_do_not_invert() {
        let p = Projection::default();
        assert_eq!(p.invert(1.0, 1.0), None);
        assert_eq!(p.invert(WORLD_WIDTH / 2.0, -10.0), None);
    }

    #[test]
    fn bishkek_lies_east_of_moscow_and_south_of_it() {
        let p = Projection::default();
        let bishkek = p.project(74.59, 42.87);
        let moscow = p.project(37.62, 55.75);
        assert!(bishkek.0 > moscow.0 && bishkek.1 > moscow.1);
    }
}

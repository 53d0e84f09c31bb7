//! The place a move rested on: what the map's marks and labels are laid out for (through a
//! pan or a zoom) and the timeline's marks (through a pan) (issue 16). Laying out again at
//! every step cost more than a frame (map pan 7.8 ms, map zoom 15.4, timeline pan 13.2 ms
//! median); between steps the view draws what it laid out for the rested place, carried to
//! where the reader is. What only follows the view (the timeline's charts) waits for any
//! move to rest, a zoom's too.

use super::after;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How long a pan rests before its view is laid out again (ms): longer than the gap between
/// a drag's or a held arrow key's steps, short enough to feel immediate.
const PAN_SETTLE_MS: i32 = 150;

/// The places [`use_rested`] gives.
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct Rested<P> {
    /// Where to lay out: `now`, or during a pan the place last laid out for.
    pub laid: P,
    /// Where the view last rested (or was when the inputs changed): what may lag through
    /// every move, a zoom included.
    pub settled: P,
}

/// What the hook keeps between renders: the places, and the inputs they were laid out with.
struct Kept<P, I> {
    places: Rested<P>,
    inputs: I,
}

/// The places to lay out for. `laid` is `now` itself, unless `now` is a move the layout may
/// ride through (by `rides`: a pan for the timeline, any move for the map) from the place
/// last laid out for with the same `inputs` (records, width, language…), in which case that
/// place, until the move has rested for [`PAN_SETTLE_MS`]; then the view renders again
/// with `now`. Any other move lays out at once. `settled` moves to `now` only at rest, or
/// at once when the inputs change.
#[hook]
pub fn use_rested<P, I, F>(now: P, inputs: I, rides: F) -> Rested<P>
where
    P: Copy + PartialEq + 'static,
    I: PartialEq + 'static,
    F: Fn(P, P) -> bool + Clone + 'static,
{
    let kept: Rc<RefCell<Option<Kept<P, I>>>> = use_mut_ref(|| None);
    let schedules = use_mut_ref(|| 0u32);
    let rested = use_state(|| 0u32);
    let places = {
        let mut at = kept.borrow_mut();
        match &mut *at {
            Some(k) if k.inputs == inputs => {
                if !rides(k.places.laid, now) {
                    k.places.laid = now;
                }
                k.places
            }
            _ => {
                let places = Rested {
                    laid: now,
                    settled: now,
                };
                *at = Some(Kept { places, inputs });
                places
            }
        }
    };
    let rule = rides.clone();
    use_effect_with(now, move |now| {
        let now = *now;
        // Each step of a move makes a new schedule; only the last one lays out.
        let ticket = {
            let mut n = schedules.borrow_mut();
            *n = n.wrapping_add(1);
            *n
        };
        if places.laid != now || places.settled != now {
            after(
                PAN_SETTLE_MS,
                Box::new(move || {
                    let mut at = kept.borrow_mut();
                    if let Some(k) = &mut *at {
                        let laid = k.places.laid;
                        if *schedules.borrow() == ticket && (laid == now || rule(laid, now)) {
                            k.places = Rested {
                                laid: now,
                                settled: now,
                            };
                            rested.set(ticket);
                        }
                    }
                }),
            );
        }
    });
    places
}

//! The place a pan rested on: what the map's labels are placed for and the timeline's marks
//! laid out for (issue 16). Placing or laying out again at every step of a pan cost more
//! than a frame (map 7.8 ms, timeline 13.2 ms median); between steps the view draws what it
//! laid out for the rested place, shifted to where the reader is.

use super::after;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// How long a pan rests before its view is laid out again (ms): longer than the gap between
/// a drag's or a held arrow key's steps, short enough to feel immediate.
const PAN_SETTLE_MS: i32 = 150;

/// The place to lay out for: `now` itself, unless `now` is a pan (by `is_pan`) of the place
/// last laid out for with the same `inputs` (records, width, language…), in which case that
/// place, until the pan has rested for [`PAN_SETTLE_MS`]; then the view renders again with
/// `now`. Anything that is not a pan lays out at once.
#[hook]
pub fn use_rested<P, I, F>(now: P, inputs: I, is_pan: F) -> P
where
    P: Copy + PartialEq + 'static,
    I: PartialEq + 'static,
    F: Fn(P, P) -> bool + Clone + 'static,
{
    let laid_for: Rc<RefCell<Option<(P, I)>>> = use_mut_ref(|| None);
    let schedules = use_mut_ref(|| 0u32);
    let rested = use_state(|| 0u32);
    let place = {
        let mut at = laid_for.borrow_mut();
        match &*at {
            Some((laid, same)) if *same == inputs && is_pan(*laid, now) => *laid,
            _ => {
                *at = Some((now, inputs));
                now
            }
        }
    };
    let rule = is_pan.clone();
    use_effect_with(now, move |now| {
        let now = *now;
        // Each step of a pan makes a new schedule; only the last one lays out.
        let ticket = {
            let mut n = schedules.borrow_mut();
            *n = n.wrapping_add(1);
            *n
        };
        if place != now {
            after(
                PAN_SETTLE_MS,
                Box::new(move || {
                    let mut at = laid_for.borrow_mut();
                    if let Some((laid, _)) = &mut *at {
                        if *schedules.borrow() == ticket && rule(*laid, now) {
                            *laid = now;
                            rested.set(ticket);
                        }
                    }
                }),
            );
        }
    });
    place
}

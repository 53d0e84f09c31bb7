//! Small sets, a stable sort and grouping, written once.
//!
//! Why not `BTreeSet`, `BTreeMap` and `slice::sort_by`: each is instantiated afresh for
//! every key type and every comparison closure, and measured in this crate they added
//! about 100 KB of wasm (before gzip) for collections that hold a few hundred items. These
//! versions are generic only over the element type and take the comparison as `&dyn Fn`.

use std::cmp::Ordering;

/// A sorted set on a `Vec`: binary search for lookups, ordered iteration.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Set<T>(Vec<T>);

impl<T> Default for Set<T> {
    fn default() -> Self {
        Set(Vec::new())
    }
}

impl<T: Ord + Copy> Set<T> {
    /// True when `value` is in the set (`set.contains("RUS")` works for a set of `&str`).
    pub fn contains<Q: ?Sized + Ord>(&self, value: &Q) -> bool
    where
        T: std::borrow::Borrow<Q>,
    {
        self.0.binary_search_by(|x| x.borrow().cmp(value)).is_ok()
    }

    /// Adds `value`; returns false when it was already there.
    pub fn insert(&mut self, value: T) -> bool {
        match self.0.binary_search(&value) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, value);
                true
            }
        }
    }

    /// Removes `value`; returns false when it was not there.
    pub fn remove(&mut self, value: &T) -> bool {
        match self.0.binary_search(value) {
            Ok(i) => {
                self.0.remove(i);
                true
            }
            Err(_) => false,
        }
    }

    /// Adds `value` if absent, removes it if present.
    pub fn toggle(&mut self, value: T) {
        if !self.remove(&value) {
            self.insert(value);
        }
    }

    /// Number of members.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there are no members.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Members in order.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        self.0.iter()
    }
}

impl<T: Ord + Copy> FromIterator<T> for Set<T> {
    fn from_iter<I: IntoIterator<Item = T>>(iter: I) -> Self {
        let mut s = Set::default();
        for v in iter {
            s.insert(v);
        }
        s
    }
}

impl<T: Ord + Copy, const N: usize> From<[T; N]> for Set<T> {
    fn from(items: [T; N]) -> Self {
        items.into_iter().collect()
    }
}

impl<'a, T> IntoIterator for &'a Set<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

/// Stable merge sort of `items` by `compare`.
///
/// Generic only in a thin shell: the merge sort itself runs on positions
/// ([`sorted_positions`]), so the wasm holds one copy of it however many types are
/// sorted (measured: seven copies cost 5.8 KB raw).
pub fn sort_by<T: Copy>(items: &mut [T], compare: &dyn Fn(&T, &T) -> Ordering) {
    if items.len() < 2 {
        return;
    }
    let order = sorted_positions(items.len(), &|a, b| compare(&items[a], &items[b]));
    let sorted: Vec<T> = order.iter().map(|i| items[*i]).collect();
    items.copy_from_slice(&sorted);
}

/// The positions `0..n` in the order `compare` sorts them, stably (bottom-up merge sort).
fn sorted_positions(n: usize, compare: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut items: Vec<usize> = (0..n).collect();
    let mut buffer = items.clone();
    let mut width = 1;
    // Merge runs of `width` from one vector into the other, then swap roles.
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = (start + width).min(n);
            let end = (start + 2 * width).min(n);
            let (mut i, mut j, mut k) = (start, mid, start);
            while i < mid || j < end {
                let take_right =
                    i >= mid || (j < end && compare(items[j], items[i]) == Ordering::Less);
                if take_right {
                    buffer[k] = items[j];
                    j += 1;
                } else {
                    buffer[k] = items[i];
                    i += 1;
                }
                k += 1;
            }
            start = end;
        }
        std::mem::swap(&mut items, &mut buffer);
        width *= 2;
    }
    items
}

/// `items` grouped by `key` (groups in key order, members in their original order).
pub fn group_by<T: Copy, K: Ord + Copy>(items: &[T], key: &dyn Fn(&T) -> K) -> Vec<(K, Vec<T>)> {
    let mut order: Vec<usize> = (0..items.len()).collect();
    sort_by(&mut order, &|a, b| key(&items[*a]).cmp(&key(&items[*b])));
    let mut out: Vec<(K, Vec<T>)> = Vec::new();
    for i in order {
        let k = key(&items[i]);
        match out.last_mut() {
            Some((last, members)) if *last == k => members.push(items[i]),
            _ => out.push((k, vec![items[i]])),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    // Tests compare with the standard library; the size rules are for shipped code.
    #![allow(clippy::disallowed_methods, clippy::disallowed_types)]
    use super::*;

    #[test]
    fn sort_is_stable_and_matches_the_standard_sort() {
        let items: Vec<(u8, usize)> = (0..500).map(|i| (((i * 7919) % 13) as u8, i)).collect();
        let mut mine = items.clone();
        sort_by(&mut mine, &|a, b| a.0.cmp(&b.0));
        let mut std = items;
        std.sort_by_key(|p| p.0);
        assert_eq!(mine, std);
        for n in 0..9 {
            let mut v: Vec<usize> = (0..n).rev().collect();
            sort_by(&mut v, &|a, b| a.cmp(b));
            assert_eq!(v, (0..n).collect::<Vec<_>>());
        }
    }

    #[test]
    fn sets_stay_sorted_and_unique() {
        let mut s: Set<u8> = [5, 1, 3, 1].into();
        assert_eq!(s.iter().copied().collect::<Vec<_>>(), [1, 3, 5]);
        s.toggle(3);
        s.toggle(4);
        assert!(s.contains(&4) && !s.contains(&3));
        assert_eq!(s.len(), 3);
    }

    #[test]
    fn groups_come_in_key_order_with_members_in_input_order() {
        let g = group_by(&[(2, 'a'), (1, 'b'), (2, 'c')], &|p| p.0);
        assert_eq!(g, vec![(1, vec![(1, 'b')]), (2, vec![(2, 'a'), (2, 'c')])]);
    }
}

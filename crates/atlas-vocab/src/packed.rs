//! The byte form of `text-<lang>.txt`: UTF-8 with each non-ASCII character written as
//! one byte.
//!
//! Russian and Kyrgyz take two bytes per letter in UTF-8, and gzip does not fully win
//! that back. Measured on the shipped texts (gzip -9): Russian 39,213 → 31,896 B and
//! Kyrgyz 37,989 → 30,767 B; English is unchanged. The decoder is twenty lines, so no
//! crate: a general compressor in the wasm would cost more than it saves.
//!
//! Layout: the first line (the header) is ASCII; the second lists, as hexadecimal code
//! points separated by spaces, the characters that bytes `0x80`, `0x81`, … stand for (at
//! most [`TABLE_MAX`]); the rest uses those bytes, with `0xFF` and a three-byte code point
//! for any character beyond the table. Nothing in the reader needs UTF-8 validation, which
//! the wasm would otherwise have to carry.
//!
//! **Invariant:** `unpack(&pack(s)) == Ok(s)` for every string with an ASCII header line
//! (tested below, with more distinct characters than the table holds).

use alloc::string::String;
use alloc::vec::Vec;
use core::fmt::Write;

/// Characters the table can hold: bytes `0x80..=0xFE`.
pub const TABLE_MAX: usize = 127;

const ESCAPE: u8 = 0xFF;

/// Packs `text`: its non-ASCII characters, most frequent first, fill the table. A header
/// line that is not ASCII is written as is (and [`unpack`] refuses it).
pub fn pack(text: &str) -> Vec<u8> {
    let (header, body) = text.split_once('\n').unwrap_or((text, ""));
    let mut counts: Vec<(char, usize)> = Vec::new();
    for c in body.chars().filter(|c| !c.is_ascii()) {
        match counts.iter_mut().find(|(k, _)| *k == c) {
            Some((_, n)) => *n += 1,
            None => counts.push((c, 1)),
        }
    }
    // Most frequent first, then by character: a total order, so the output is the same on
    // every build.
    counts.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    counts.truncate(TABLE_MAX);
    let table: Vec<char> = counts.into_iter().map(|(c, _)| c).collect();

    let mut line = String::new();
    for (i, c) in table.iter().enumerate() {
        let _ = write!(line, "{}{:x}", if i == 0 { "" } else { " " }, u32::from(*c));
    }
    let mut out = Vec::with_capacity(text.len());
    out.extend_from_slice(header.as_bytes());
    out.push(b'\n');
    out.extend_from_slice(line.as_bytes());
    out.push(b'\n');
    for c in body.chars() {
        if c.is_ascii() {
            out.push(c as u8);
        } else if let Some(i) = table.iter().position(|t| *t == c) {
            out.push(0x80 + i as u8);
        } else {
            out.push(ESCAPE);
            out.extend_from_slice(&u32::from(c).to_be_bytes()[1..]);
        }
    }
    out
}

/// Reads back what [`pack`] wrote, or says why it cannot.
///
/// Plain loops rather than iterator adapters: measured, `splitn` and a collected
/// `Result` cost the wasm more than this whole function.
pub fn unpack(bytes: &[u8]) -> Result<String, &'static str> {
    let mut out = String::with_capacity(bytes.len() * 3 / 2);
    let mut table: Vec<char> = Vec::new();
    let mut code: Option<u32> = None;
    let mut line = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        i += 1;
        if line < 2 {
            // The header, copied, then the table, read; both ASCII.
            if b >= 0x80 {
                return Err("the header is not ASCII");
            }
            if line == 0 {
                out.push(char::from(b));
            } else if b == b' ' || b == b'\n' {
                if let Some(c) = code.take() {
                    table.push(char::from_u32(c).ok_or("a bad character table")?);
                }
            } else {
                let digit = char::from(b).to_digit(16).ok_or("a bad character table")?;
                code = Some(
                    code.unwrap_or(0)
                        .checked_mul(16)
                        .ok_or("a bad character table")?
                        + digit,
                );
            }
            if b == b'\n' {
                line += 1;
            }
            continue;
        }
        out.push(match b {
            0..0x80 => char::from(b),
            ESCAPE => {
                let c = bytes.get(i..i + 3).ok_or("a cut escaped character")?;
                i += 3;
                char::from_u32(u32::from_be_bytes([0, c[0], c[1], c[2]]))
                    .ok_or("a bad escaped character")?
            }
            _ => *table
                .get(usize::from(b - 0x80))
                .ok_or("a byte beyond the table")?,
        });
    }
    if line < 2 {
        return Err("no character table");
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_ascii_cyrillic_and_more_characters_than_the_table_holds() {
        let mut many = String::from("atlas 1 text\tky\t0000\n3\nКыргызстан — ӨҢҮ өңү\n");
        for c in ('\u{4e00}'..='\u{4ec8}').chain(['😀', 'é']) {
            many.push(c);
        }
        many.push_str("\nend");
        for text in [
            "h\n",
            "h\nплан № 175 «ЕАЭС»\n",
            "header\nтекст",
            many.as_str(),
        ] {
            assert_eq!(unpack(&pack(text)).as_deref(), Ok(text));
        }
    }

    #[test]
    fn packs_each_table_character_into_one_byte() {
        let body = "Конституция принята";
        let packed = pack(&alloc::format!("h\n{body}"));
        let table = core::str::from_utf8(packed.split(|b| *b == b'\n').nth(1).unwrap_or_default())
            .unwrap_or_default()
            .len();
        let distinct: Vec<char> =
            body.chars()
                .filter(|c| !c.is_ascii())
                .fold(Vec::new(), |mut v, c| {
                    if !v.contains(&c) {
                        v.push(c);
                    }
                    v
                });
        assert_eq!(
            table,
            distinct.len() * 4 - 1,
            "three hex digits and a space each"
        );
        assert_eq!(packed.len(), "h\n".len() + table + 1 + body.chars().count());
    }

    #[test]
    fn refuses_bytes_it_did_not_write() {
        assert!(unpack(b"h").is_err(), "no table line");
        assert!(
            unpack(b"h\n\n\x80").is_err(),
            "a byte beyond an empty table"
        );
        assert!(unpack(b"h\n\n\xFF\x00\x04").is_err(), "a cut escape");
        assert!(unpack(b"h\n\n\xFF\x11\x00\x00").is_err(), "beyond Unicode");
        assert!(unpack(b"h\nd800\n").is_err(), "a surrogate in the table");
        assert!(
            unpack(b"h\n41 zz\n").is_err(),
            "a table that is not hexadecimal"
        );
        assert!(
            unpack("заголовок\n\n".as_bytes()).is_err(),
            "a header that is not ASCII"
        );
    }
}

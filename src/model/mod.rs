//! The shared model: what each stage hands to the next.
//!
//! `load` produces [`Article`]s, `extract` produces [`Claim`]s from them, `compare` produces
//! [`Comparison`]s from those, and a [`Report`] carries all three to the TUI and the exporters.
//! The serialised form of [`Report`] is the `extract --json` contract documented in the README.

mod article;
mod claim;
mod comparison;
mod id;
mod interned;
mod metric;
mod report;

pub use article::*;
pub use claim::*;
pub use comparison::*;
pub use id::*;
pub use interned::Interned;
pub use metric::Metric;
pub use report::*;

#[cfg(test)]
mod tests {
    use super::*;

    /// A large corpus holds hundreds of thousands of claims and blocks: their size is most of
    /// the memory a run takes beyond the files themselves (the README's figures assume these).
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn claims_and_blocks_stay_small() {
        let sizes = [
            ("Claim", size_of::<Claim>(), 168),
            ("Block", size_of::<Block>(), 24),
            ("Mention", size_of::<Mention>(), 20),
            ("ClaimId", size_of::<ClaimId>(), 4),
        ];
        for (name, size, most) in sizes {
            assert!(size <= most, "{name} is {size} bytes, more than {most}");
        }
    }
}

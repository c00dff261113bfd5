//! The bundled typeface: Inter (SIL Open Font License 1.1, `assets/fonts/OFL.txt`) in Regular, SemiBold
//! and Italic, compiled into the binary so an agenda looks the same on every machine. krilla embeds
//! only the glyphs a document uses (subsets).

/// The family name parley looks the faces up by.
pub const FAMILY: &str = "Inter";

/// Inter Regular (OpenType CFF).
pub const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/Inter-Regular.otf");
/// Inter SemiBold.
pub const SEMI_BOLD: &[u8] = include_bytes!("../../../assets/fonts/Inter-SemiBold.otf");
/// Inter Italic.
pub const ITALIC: &[u8] = include_bytes!("../../../assets/fonts/Inter-Italic.otf");

/// Every bundled face.
pub const FACES: [&[u8]; 3] = [REGULAR, SEMI_BOLD, ITALIC];

//! The logos lexer. (Being written.)

//! KDL → typed, spanned khung model → resolved model.

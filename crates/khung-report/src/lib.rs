//! Gap report view-model, KPIs, diff and report emitters.

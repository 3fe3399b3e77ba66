-- The Quality4Children figure kept with a saved score keeps its two counts beside the percent, so
-- that readers of aggregates only get it as every other figure (decision 0019): both counts rounded
-- down to a multiple of 5, under 5 withheld, the percent worked out from what is published. A score
-- saved before this keeps its percent only, which those readers do not see.
alter table q4c_scores
  add column measured_numerator integer check (measured_numerator >= 0),
  add column measured_denominator integer check (measured_denominator >= 0);

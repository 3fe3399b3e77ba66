-- Programme names as the association writes them (decision 0035): "SOS Çocukköyü" in
-- Turkish, and "Gənclər Evi", "Günərzi Qayğı Mərkəzi", "Qısa Müddətli Qayğı" in Azerbaijani.
-- Only names still holding the old seeded words are rewritten, so an administrator's own
-- correction of a name is kept.
update programmes
   set name = jsonb_set(name, '{tr}', to_jsonb(replace(name->>'tr', 'SOS Çocuk Köyü', 'SOS Çocukköyü')))
 where name->>'tr' like 'SOS Çocuk Köyü%';
update programmes
   set name = jsonb_set(name, '{az}', to_jsonb(
         replace(replace(replace(name->>'az',
           'Gənclər evi,', 'Gənclər Evi,'),
           'Günərzi qayğı mərkəzi,', 'Günərzi Qayğı Mərkəzi,'),
           'Qısa müddətli qayğı,', 'Qısa Müddətli Qayğı,')))
 where name->>'az' like 'Gənclər evi,%'
    or name->>'az' like 'Günərzi qayğı mərkəzi,%'
    or name->>'az' like 'Qısa müddətli qayğı,%';

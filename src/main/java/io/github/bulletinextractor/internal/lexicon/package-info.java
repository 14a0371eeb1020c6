/**
 * The family's vocabulary in one place, described by how its words are formed rather than listed
 * from the issues seen: how bulletins write dates, periods and issue numbers ({@link
 * io.github.bulletinextractor.internal.lexicon.Calendar}), officials' titles ({@link
 * io.github.bulletinextractor.internal.lexicon.OfficialTitles}), organisations ({@link
 * io.github.bulletinextractor.internal.lexicon.Organisations}), the verbs that count cases ({@link
 * io.github.bulletinextractor.internal.lexicon.CountVerb}), the words that scope a figure ({@link
 * io.github.bulletinextractor.internal.lexicon.ScopeWords}), and the words of the masthead and back
 * matter ({@link io.github.bulletinextractor.internal.lexicon.MastheadWords}, {@link
 * io.github.bulletinextractor.internal.lexicon.BackMatterWords}). Every pattern here applies to
 * folded text ({@link io.github.bulletinextractor.internal.text.FoldedText}): half-width
 * punctuation, no spaces between Chinese characters and digits. Extending the vocabulary for a new
 * bulletin family means adding words or forms here; docs/architecture.md says how.
 */
package io.github.bulletinextractor.internal.lexicon;

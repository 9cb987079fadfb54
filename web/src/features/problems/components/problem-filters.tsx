// The list's filters: search (debounced by the caller), difficulty, category and tag, kept in
// the URL so a filtered list can be shared and survives a reload.
import type { Category, Difficulty } from '../../../types/api';

export interface FilterValues {
  q: string;
  difficulty: string;
  category: string;
  tag: string;
}

// Labels keyed by the server's vocabularies: the compiler checks every value has one.
const DIFFICULTIES: Record<Difficulty, string> = { easy: 'Easy', medium: 'Medium', hard: 'Hard' };
const CATEGORIES: Record<Category, string> = { arrays: 'Arrays', strings: 'Strings', 'hash-maps': 'Hash maps' };

export function ProblemFilters({ values, onChange }: { values: FilterValues; onChange: (next: Partial<FilterValues>) => void }) {
  return (
    <form className="filters" role="search" aria-label="Filter problems" onSubmit={(e) => e.preventDefault()}>
      <label className="field field-grow">
        <span>Search</span>
        <input type="search" placeholder="Title or keyword" value={values.q} onChange={(e) => onChange({ q: e.target.value })} />
      </label>
      <label className="field">
        <span>Difficulty</span>
        <select value={values.difficulty} onChange={(e) => onChange({ difficulty: e.target.value })}>
          <option value="">All</option>
          {Object.entries(DIFFICULTIES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>Category</span>
        <select value={values.category} onChange={(e) => onChange({ category: e.target.value })}>
          <option value="">All</option>
          {Object.entries(CATEGORIES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {values.tag && (
        <div className="field">
          <span>Tag</span>
          <button type="button" className="chip chip-active" onClick={() => onChange({ tag: '' })} aria-label={`Remove tag filter ${values.tag}`}>
            {values.tag} <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </form>
  );
}

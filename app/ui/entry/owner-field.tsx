/** Whose fact this is: the entering user's organization, or a choice when they edit for several. */
export function OwnerField({ organizations }: { organizations: { id: string; name: string }[] }) {
  if (organizations.length === 1) {
    return (
      <p className="field">
        Entered for <strong>{organizations[0].name}</strong>
        <input type="hidden" name="ownerOrgId" value={organizations[0].id} />
      </p>
    );
  }
  return (
    <div className="field">
      <label htmlFor="fact-owner">Entered for</label>
      <select id="fact-owner" name="ownerOrgId" aria-describedby="fact-owner-hint">
        {organizations.map((org) => (
          <option key={org.id} value={org.id}>
            {org.name}
          </option>
        ))}
      </select>
      <p id="fact-owner-hint" className="field-hint">
        Your organization that is responsible for this figure.
      </p>
    </div>
  );
}

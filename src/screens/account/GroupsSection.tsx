/** The Cognito groups the account belongs to, as the ID token lists them. */
import { Card } from '../../components/Card';

export function GroupsSection({ groups }: { groups: readonly string[] }) {
  return (
    <Card title="Groups" heading="section">
      {groups.length === 0 ? (
        <p>You are not in any group.</p>
      ) : (
        <ul className="tags">
          {groups.map((group) => (
            <li key={group}>{group}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}

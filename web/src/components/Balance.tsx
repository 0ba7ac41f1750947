import type { BalanceFieldsFragment } from '../gql/graphql';

type Balance = BalanceFieldsFragment['balance'];

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** The PRO/CON weight and the readers' stances as two bars, with the numbers in words. */
export function BalanceView({ balance }: { balance: Balance }) {
  const { agree, disagree, undecided, changedMind } = balance.stances;
  const people = agree + disagree + undecided;
  const share = balance.proShare;
  const weightText = share === null ? 'No arguments yet' : `Arguments weigh ${pct(share)} PRO, ${pct(1 - share)} CON`;
  const stanceText = `${agree} agree, ${undecided} undecided, ${disagree} disagree${changedMind ? `; ${changedMind} changed their mind` : ''}`;
  return (
    <section className="balance card" aria-label="Balance">
      <h2 className="visually-hidden">Balance</h2>
      <figure>
        <svg role="img" aria-label={weightText} viewBox="0 0 100 8" preserveAspectRatio="none" className="bar">
          {share === null ? (
            <rect width="100" height="8" className="none" />
          ) : (
            <>
              <rect width={share * 100} height="8" className="pro-fill" />
              <rect x={share * 100} width={100 - share * 100} height="8" className="con-fill" />
            </>
          )}
        </svg>
        <figcaption>{weightText}</figcaption>
      </figure>
      <figure>
        <svg role="img" aria-label={stanceText} viewBox="0 0 100 8" preserveAspectRatio="none" className="bar">
          {people === 0 ? (
            <rect width="100" height="8" className="none" />
          ) : (
            <>
              <rect width={(agree / people) * 100} height="8" className="pro-fill" />
              <rect x={(agree / people) * 100} width={(undecided / people) * 100} height="8" className="undecided-fill" />
              <rect x={((agree + undecided) / people) * 100} width={(disagree / people) * 100} height="8" className="con-fill" />
            </>
          )}
        </svg>
        <figcaption>Readers: {stanceText}</figcaption>
      </figure>
    </section>
  );
}

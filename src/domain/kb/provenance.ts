/**
 * What a role built from the public occupation catalogue rests on, with O*NET's attribution: guides and hubs say
 * it in these words. `code` names the O*NET-SOC occupation when the page is about one role.
 */
export function catalogBasis(code?: string): string {
  return (
    `not reviewed by our editors: skills and levels are O*NET 29.2 ratings of the occupation (${code ? `O*NET-SOC ${code}; ` : ''}` +
    'modified from O*NET 29.2 by USDOL/ETA, used under CC BY 4.0), pay and growth are BLS figures.'
  );
}

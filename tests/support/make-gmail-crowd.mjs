// Writes tests/fixtures/gmail/thread-crowd.html: one expanded message (G4–G6 markup) from an event
// organiser to 414 people, the case where Tend lists the first 200 and counts the rest.
// `node tests/support/make-gmail-crowd.mjs` rewrites the same file.
import { writeFileSync } from 'node:fs';

const people = Array.from({ length: 414 }, (_, index) => {
  const n = String(index + 1).padStart(3, '0');
  return { email: `attendee${n}@guests.example`, name: `Guest ${n}` };
});
const chips = people
  .map(
    ({ email, name }) =>
      `<span translate="no" class="g2" email="${email}" name="${name}" data-hovercard-id="${email}">${name.split(' ')[0]}</span>`,
  )
  .join(', ');

const html = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Supplier summit: your seat and the agenda - riley.rep@acme.example - Gmail</title>
</head>
<body class="aAU">
  <div class="nH w-asV aiw">
    <header class="gb_Ua gb_4d gb_Id" role="banner"><div class="gb_Pd gb_Nc"><a class="gb_B gb_Za gb_0" aria-label="Google Account: Riley Rep&#10;(riley.rep@acme.example)" href="https://accounts.google.com/SignOutOptions?hl=en&amp;continue=https://mail.google.com/mail/&amp;service=mail" tabindex="0" role="button"></a></div></header>
    <div class="nH bkK" role="main">
      <div class="nH a98 iY">
        <div class="nH">
          <div class="ha"><h2 jsname="r4nke" class="hP" tabindex="-1" data-thread-perm-id="thread-f:1849000000000000300" data-legacy-thread-id="19a8a3b2c1d0e0f1">Supplier summit: your seat and the agenda</h2></div>
          <div class="nH aHU">
            <div role="list" class="Bu">
              <div role="listitem" class="h7 ie nH oy8Mbf" tabindex="-1">
                <div class="Bk"><div class="G3 G2">
                  <div id=":5q" class="adn ads" data-message-id="#msg-f:1849000000000000300" data-legacy-message-id="19a8a3b2c1d0e0f1">
                    <div class="gs"><div class="gE iv gt"><table class="cf gJ" role="presentation"><tbody>
                      <tr class="acZ"><td class="gF gK"><table class="cf ix" role="presentation"><tbody><tr><td class="c2"><h3 class="iw"><span class="qu" tabindex="-1"><span translate="no" class="gD" email="events@summit.example" name="Summit Team" data-hovercard-id="events@summit.example">Summit Team</span></span></h3></td></tr></tbody></table></td>
                      <td class="gH bAk"><div class="gK"><span class="g3" title="Fri, Nov 20, 2026, 10:30 AM" tabindex="-1" role="gridcell">Nov 20</span></div></td></tr>
                      <tr class="acZ xD"><td colspan="3"><table class="cf adz" role="presentation"><tbody><tr><td class="ady"><div class="iw ajw"><span class="hb">to <span translate="no" class="g2" email="riley.rep@acme.example" name="me" data-hovercard-id="riley.rep@acme.example">me</span>, ${chips}</span></div></td></tr></tbody></table></td></tr>
                    </tbody></table></div>
                    <div class="ii gt"><div class="a3s aiL">Your seat is confirmed.</div></div></div>
                  </div>
                </div></div>
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
  </div>
</body>
</html>
`;
writeFileSync(new URL('../fixtures/gmail/thread-crowd.html', import.meta.url), html);

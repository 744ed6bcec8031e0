# Siden /anonymity: hvordan anonymiteten virker, for folk, der ikke er
# kryptografer. Hold den i tråd med docs/privacy.md.
anonymity-title = Sådan er din anonymitet beskyttet
anonymity-lead = Stemme er bygget, så ingen – hverken HR, IT eller dem, der driver serveren – kan se, hvad netop du har svaret. Her kan du læse, hvordan det virker, uden matematik, og også hvad Stemme ikke kan beskytte dig mod.
anonymity-picture-heading = Et billede fra hverdagen: den stemplede kuvert
anonymity-picture-1 = Forestil dig, at du skriver et tilfældigt tal på en seddel og lukker den inde i en kuvert med karbonpapir på indersiden. Du viser din invitation, og HR stempler kuverten udenpå. Stemplet slår igennem karbonpapiret og ned på din seddel.
anonymity-picture-2 = Derhjemme åbner du kuverten: Din seddel har nu et ægte stempel, men HR har aldrig set sedlen eller tallet. Senere lægger du sedlen og dine svar i en stemmeurne. Stemplet beviser, at en inviteret person har svaret – men ingen kan se, hvilken kuvert den kom fra.
anonymity-picture-3 = Din browser gør præcis det samme, bare med matematik i stedet for papir (RSA blind signatures, samme metode som Privacy Pass bruger). Invitationskoden er din invitation, og »billetten« er sedlen.
anonymity-once-heading = Derfor kan du kun svare én gang
anonymity-once = Hver kode giver én billet, og hver billet kan bruges til ét sæt svar. For at kunne genkende en brugt billet gemmer serveren en envejs-omkodet udgave af den (en såkaldt hashværdi) – ikke selve billetten og intet, der fører tilbage til din kode.
anonymity-stored-heading = Det bliver gemt
anonymity-stored-yes = Dine svar og din afdeling; for hver kode kun, om den er brugt (og, mens undersøgelsen er åben, en envejs-omkodet udgave af den forklædte billet, så en afbrudt forbindelse ikke koster dig dit svar); og envejs-omkodede udgaver af brugte billetter.
anonymity-stored-no = Det bliver ikke gemt: dit navn, din mailadresse, din IP-adresse, din browser, tidspunktet for dit svar eller rækkefølgen, svarene kom ind i. Stemmes log noterer kun, at der kom en forespørgsel – aldrig hvem der sendte den, eller hvad den indeholdt.
anonymity-hr-heading = Det ser HR
anonymity-hr-open = Mens undersøgelsen er åben: kun hvor mange i hver afdeling der har svaret – ingen svar overhovedet.
anonymity-hr-closed = Når undersøgelsen er lukket: resultater pr. afdeling, men aldrig for en gruppe, der er mindre end en mindstestørrelse (som regel fem personer). Små afdelinger bliver lagt sammen under »{ results-other-departments }«. Når undersøgelsen lukker, bliver de nøgler, der stempler billetterne, slettet, så der aldrig kan laves nye billetter.
anonymity-free-text = Der er ingen tekstfelter i undersøgelsen, kun svarmuligheder at sætte kryds ved: Den måde, man skriver på, kan nemlig afsløre, hvem man er – også i en anonym undersøgelse.
anonymity-limits-heading = Det kan Stemme ikke beskytte dig mod
anonymity-limit-codes = Hvis koderne bliver delt ud med navn på, ved HR, hvem der fik hvilken kode, og kan se, om den er brugt – men ikke, hvad der blev svaret med den. Sedler, der bliver delt ud tilfældigt, undgår selv det.
anonymity-limit-timing = En person, der følger med på serveren, mens det sker, kan gætte, at en billet, der blev hentet få sekunder før et svar kom ind, hører til det svar – især når kun få svarer på samme tid. Derfor henter din browser billetten, når du giver dit første svar, og ikke når du sender: Der går minutter imellem. Du kan også svare lidt nu og gøre det færdigt senere: Det hele bliver gemt i din browser.
anonymity-limit-small = I en meget lille afdeling siger selv samlede resultater meget. Derfor bliver små grupper ikke vist for sig.
anonymity-limit-device = Stemme kan ikke se din skærm, men andre kan måske: en kollega, der kigger med over skulderen, eller overvågningsprogrammer på en arbejdscomputer. Brug din egen telefon, hvis du foretrækker det.
anonymity-limit-code = Siden kører et program, som serveren sender til din browser. En server, der stemplede én persons billet med en nøgle helt for sig, ville kunne skelne den persons svar fra andres. Derfor viser HR’s side for undersøgelsen hver afdelings korte nøgle (det gør sedler, der er lavet, efter undersøgelsen blev åbnet, også), din side viser den nøgle, den brugte, og når dit invitationslink har nøglen med, sammenligner siden selv – og bruger intet, hvis de ikke passer.
anonymity-tips-heading = Gode vaner
anonymity-tip-later = Svar gerne lidt nu, og gør det færdigt på et andet tidspunkt.
anonymity-tip-own = Svar på din egen enhed – i et privat browservindue, hvis du deler enheden med andre.
anonymity-tip-fingerprint = Sammenlign nøglens fingeraftryk med det, HR offentliggør.

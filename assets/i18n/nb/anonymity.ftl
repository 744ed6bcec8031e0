# Siden /anonymity: hvordan anonymiteten virker, for folk som ikke er
# kryptografer. Hold den i tråd med docs/privacy.md.
anonymity-title = Slik er anonymiteten din beskyttet
anonymity-lead = Stemme er laget slik at ingen – verken HR, IT eller de som drifter serveren – kan se hva akkurat du har svart. Her kan du lese hvordan det virker, uten matematikk, og også hva Stemme ikke kan beskytte deg mot.
anonymity-picture-heading = Et bilde fra hverdagen: den stemplede konvolutten
anonymity-picture-1 = Tenk deg at du skriver et tilfeldig tall på en lapp og legger den i en konvolutt med karbonpapir på innsiden. Du viser fram invitasjonen din, og HR stempler konvolutten utenpå. Stempelet slår gjennom karbonpapiret og ned på lappen din.
anonymity-picture-2 = Hjemme åpner du konvolutten: Lappen din har nå et ekte stempel, men HR har aldri sett lappen eller tallet. Senere legger du lappen og svarene dine i en valgurne. Stempelet beviser at en invitert person har svart – men ingen kan se hvilken konvolutt den kom fra.
anonymity-picture-3 = Nettleseren din gjør akkurat det samme, bare med matematikk i stedet for papir (RSA blind signatures, den samme metoden som Privacy Pass bruker). Invitasjonskoden er invitasjonen din, og «billetten» er lappen.
anonymity-once-heading = Derfor kan du bare svare én gang
anonymity-once = Hver kode gir én billett, og hver billett kan brukes til ett sett med svar. For å kjenne igjen en brukt billett lagrer serveren en enveis omkodet utgave av den (en såkalt hashverdi) – ikke selve billetten, og ingenting som fører tilbake til koden din.
anonymity-stored-heading = Dette blir lagret
anonymity-stored-yes = Svarene dine og avdelingen din; for hver kode bare om den er brukt (og, mens undersøkelsen er åpen, en enveis omkodet utgave av den forkledde billetten, slik at et brudd i forbindelsen ikke koster deg svaret ditt); og enveis omkodede utgaver av brukte billetter.
anonymity-stored-no = Dette blir ikke lagret: navnet ditt, e-postadressen din, IP-adressen din, nettleseren din, tidspunktet du svarte eller rekkefølgen svarene kom inn i. Loggen til Stemme noterer bare at det kom en forespørsel – aldri hvem som sendte den eller hva den inneholdt.
anonymity-hr-heading = Dette ser HR
anonymity-hr-open = Mens undersøkelsen er åpen: bare hvor mange i hver avdeling som har svart – ingen svar i det hele tatt.
anonymity-hr-closed = Når undersøkelsen er stengt: resultater per avdeling, men aldri for en gruppe som er mindre enn en minstestørrelse (som regel fem personer). Små avdelinger slås sammen under «{ results-other-departments }». Når undersøkelsen stenges, slettes nøklene som stempler billettene, slik at det aldri kan lages nye billetter.
anonymity-free-text = Det finnes ingen tekstfelt i undersøkelsen, bare svaralternativer å krysse av for: Måten man skriver på, kan nemlig avsløre hvem man er – også i en anonym undersøkelse.
anonymity-limits-heading = Dette kan ikke Stemme beskytte deg mot
anonymity-limit-codes = Hvis kodene deles ut med navn, vet HR hvem som fikk hvilken kode, og kan se om den er brukt – men ikke hva som ble svart med den. Lapper som deles ut tilfeldig, unngår selv det.
anonymity-limit-timing = Noen som følger med på serveren mens det skjer, kan gjette at en billett som ble hentet noen sekunder før et svar kom inn, hører til det svaret – særlig når bare noen få svarer samtidig. Derfor henter nettleseren din billetten når du gir ditt første svar, og ikke når du sender: Det går minutter imellom. Du kan også svare litt nå og gjøre deg ferdig senere: Alt blir lagret i nettleseren din.
anonymity-limit-small = I en svært liten avdeling sier selv samlede resultater mye. Derfor vises ikke små grupper for seg.
anonymity-limit-device = Stemme kan ikke se skjermen din, men andre kan kanskje det: en kollega som kikker over skulderen, eller overvåkingsprogramvare på en jobbdatamaskin. Bruk din egen telefon hvis du foretrekker det.
anonymity-limit-code = Siden kjører et program som serveren sender til nettleseren din. En server som stemplet én persons billett med en egen nøkkel, kunne skille den personens svar fra andres. Derfor viser HRs side for undersøkelsen hver avdelings korte nøkkel (det gjør også lapper som er laget etter at undersøkelsen ble åpnet), siden din viser nøkkelen den brukte, og når invitasjonslenken din har nøkkelen med, sammenligner siden selv – og bruker ingenting hvis de ikke stemmer.
anonymity-tips-heading = Gode vaner
anonymity-tip-later = Svar gjerne litt nå, og gjør deg ferdig en annen gang.
anonymity-tip-own = Svar på din egen enhet – i et privat nettleservindu hvis du deler enheten med andre.
anonymity-tip-fingerprint = Sammenlign nøkkelens fingeravtrykk med det HR publiserer.

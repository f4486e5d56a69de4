/**
 * Some hundreds of the most used passwords and of the words most passwords are built from, in lower case:
 * compiled from published lists of leaked passwords, with the Swedish words, names, places and teams that
 * Swedish passwords are made of. A password made of one of these with digits or signs around it, or of one
 * repeated, is as easy to guess (`isCommonPassword`), so the shorter ones matter even behind a 12-character rule.
 */
const words = `
123456 123456789 12345678 12345 1234567 1234567890 0123456789 0987654321 987654321 654321 123321 123123 121212
112233 111111 000000 666666 7777777 159753 147258369 123654 123456789012 1234567890123 12345678901234
123456789123 987654321098 147258369147 1234qwer qwer1234 qwerty qwerty1 qwerty123 qwerty12345 qwertyui
qwertyuiop qwertyuiopå qwertyuiopasdfghjkl qwertz azerty ytrewq poiuytrewq asdf asdfgh asdfghjkl asdfghjklö
asdf1234 asdasd zxcvbnm zxcvbnm1 mnbvcxz qazwsx qazwsxedc qazwsxedcrfv 1qaz2wsx 1qaz2wsx3edc 1qaz2wsx3edc4rfv
1qazxsw2 !qaz2wsx zaq12wsx zaq1zaq1 zaq12wsxcde3 1q2w3e 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y 1q2w3e4r5t6y7u
q1w2e3r4 q1w2e3r4t5y6 qweasd qweasdzxc abc123 abcd1234 abcdef abcdefgh abcdefghijkl abcdefghijklmnop
password passwords password1 password123 passwordpassword mypassword passwort passw0rd p@ssw0rd p@ssword
pa55word pa$$word pass test testing tester letmein welcome welcome1 welcome123 iloveyou iloveu loveme lovely
admin admin123 administrator administrat0r root login guest master secret changeme default trustno1
whatever freedom nothing anything something everything dragon monkey shadow sunshine princess football
baseball soccer hockey superman batman spiderman ironman starwars pokemon naruto dragonball michael jordan
jennifer jessica ashley charlie daniel thomas robert andrew joshua matthew hunter ranger buster tigger killer
harley hello summer winter spring autumn flower computer internet google facebook youtube microsoft apple
samsung chocolate cookie banana cheese pepper ginger maggie bailey buddy lucky mustang ferrari corvette
porsche mercedes chelsea arsenal liverpool manchester barcelona realmadrid juventus michelle nicole hannah
sophie amanda jasmine anthony william richard christian justin andrea alexander mother father family friends
forever always heaven angel angels blessed jesus christ trinity matrix mercury phoenix purple orange yellow
silver golden diamond crystal snoopy scooter hammer thunder tiger eagle dolphin butterfly rainbow unicorn
pirate ninja samurai wizard merlin gandalf harrypotter hogwarts
lösenord losenord l0senord lösen losen hemligt hemlig sommar sommaren vinter vintern våren hösten midsommar
jul julafton påsk hejsan hejhej hallå tjena tjenare välkommen valkommen kärlek karlek älskling jagälskardig
jagalskardig mamma pappa mammapappa mormor farmor morfar farfar syster bror familjen hemma kalle kalleanka
pippi bamse emil blomma blommor solsken regnbåge fotboll innebandy handboll ishockey hammarby djurgården
djurgarden aik malmöff ifkgöteborg ifkgoteborg blåvitt frölunda brynäs färjestad sverige svenska sweden
stockholm göteborg goteborg gothenburg malmö malmo uppsala västerås örebro linköping helsingborg jönköping
norrköping lund umeå gävle borås kommun kommunen förvaltning forvaltning nämnden skolan skola jobbet arbete
arbetet kontoret kontor måndag tisdag onsdag torsdag fredag lördag söndag januari februari mars april maj
juni juli augusti september oktober november december volvo saab ikea abba katten katt hunden hund hästen
häst bilen kaffe fika kanelbulle semester nisse pelle lisa anna maria erik lars karl johan anders per nils
olle sven stina kristina elin emma ella maja alice wilma ebba astrid freja hugo lucas liam oscar elias noah
adam vincent isak viktor
`;

export const commonPasswords: ReadonlySet<string> = new Set(words.split(/\s+/).filter(Boolean));

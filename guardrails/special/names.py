"""Common given names by gender (Dutch and English), used only to read "his partner Mark" as a same-sex
partner. Names that are common for both genders (Sam, Robin, Kim, Chris, Alex, ...) are left out."""

from __future__ import annotations

MALE = (
    r"(?:Mark|Peter|Jan|Piet|Kees|Johan|Hans|Willem|Daan|Sem|Lucas|Levi|Finn|Milan|Thijs|Bram|Jesse|Ruben|"
    r"Tim|Tom|Bas|Joost|Pieter|Sander|Dennis|Jeroen|Martijn|Rick|Erik|Henk|Gerrit|Bart|Niels|Stijn|Koen|"
    r"Wouter|Maarten|Jasper|Mohammed|Mohamed|Ahmed|Youssef|Omar|Ali|Mehmet|Mustafa|John|James|David|"
    r"Michael|Paul|Daniel|Thomas|Richard|Robert|William|George|Jack|Harry|Oliver|Charlie|Ben|Adam|Luke|"
    r"Matthew|Andrew|Steven|Stephen|Kevin|Jason|Ryan|Brian|Simon|Anthony|Joseph|Edward|Henry|Patrick|Sean|"
    r"Carlos|Juan|Marco|Luca|Pedro|Rafael|Diego|Jonas|Felix|Max|Noah|Liam|Ethan|Joris|Gijs|Lars|Luuk|Teun|"
    r"Wessel|Rutger|Sven|Hugo|Jens|Stefan|Vincent|Frank|Miguel|Tomás|Mateo|Karim|Hamza|Bilal|Emre|Kofi|"
    r"Callum|Declan|Josh|Joshua|Owen|Ciarán|Cian|Conor|Connor|Niall|Eoin|Rory|Kieran|Ewan|Euan|Fraser|Hamish|"
    r"Gareth|Rhys|Dylan|Alfie|Archie|Freddie|Oscar|Jake|Nathan|Aaron|Scott|Craig|Darren|Gavin|Shane|Brendan|"
    r"Liam|Ruud|Joep|Mats|Timo|Jurre|Tygo|Siem|Guus|Jurgen|Rob|Ronald|Arjen|Edwin|Marcel|Remco|Wim|Ahmet|"
    r"Tariq|Yusuf|Ibrahim|Arjun|Rahul|Vikram|Chidi|Emeka|Tunde|Kwame)"
)
FEMALE = (
    r"(?:Anna|Emma|Julia|Sophie|Lisa|Eva|Sanne|Anouk|Fleur|Lotte|Iris|Femke|Marieke|Ingrid|Maria|Marie|"
    r"Linda|Sandra|Monique|Petra|Karin|Esther|Judith|Mirjam|Annemiek|Laura|Sara|Sarah|Noor|Tess|Zoë|Mila|"
    r"Nora|Fatima|Aisha|Fatma|Yasmina|Khadija|Elif|Mary|Jennifer|Jessica|Emily|Emma|Olivia|Sophia|Grace|"
    r"Charlotte|Amelia|Lucy|Hannah|Rachel|Rebecca|Katie|Kate|Claire|Helen|Susan|Karen|Nicole|Michelle|"
    r"Megan|Amy|Chloe|Ella|Isabella|Lauren|Victoria|Elena|Sofia|Carmen|Lucia|Ana|Ines|Marta|Marloes|Mirthe|"
    r"Ilse|Marit|Roos|Lieke|Floor|Jasmijn|Merel|Naomi|Leila|Samira|Priya|Aoife|Siobhan|Niamh|Sinéad|"
    r"Yara|Ciara|Saoirse|Orla|Róisín|Eilidh|Isla|Freya|Ava|Poppy|Bethan|Cerys|Zara|Leah|Holly|Jade|Gemma|"
    r"Kirsty|Shannon|Ellen|Maud|Fenna|Evi|Saar|Yasmin|Nadia|Ayla|Esra|Meryem|Zeynep|Anjali|Deepa|Ngozi|"
    r"Amara|Chiamaka|Funmi|Dewi|Wendy|Marjolein|Inge|Anke|Mariska|Manon)"
)

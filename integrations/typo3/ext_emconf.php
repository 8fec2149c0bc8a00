<?php

// Only read in TYPO3's classic (non-Composer) mode; Composer installs use composer.json.
$EM_CONF[$_EXTKEY] = [
    'title' => 'Mijn zaken',
    'description' => 'Content element "Mijn zaken": shows residents where their zaak stands (<mijn-zaken> web component).',
    'category' => 'fe',
    'state' => 'beta',
    'version' => '0.1.0',
    'constraints' => [
        'depends' => [
            'typo3' => '12.4.0-13.4.99',
        ],
    ],
    'autoload' => [
        'psr-4' => ['MijnZaken\\Typo3\\' => 'Classes/'],
    ],
];

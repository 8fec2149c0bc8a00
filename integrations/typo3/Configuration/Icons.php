<?php

declare(strict_types=1);

use TYPO3\CMS\Core\Imaging\IconProvider\SvgIconProvider;

return [
    'mijn-zaken-content' => [
        'provider' => SvgIconProvider::class,
        'source' => 'EXT:mijn_zaken/Resources/Public/Icons/ContentElement.svg',
    ],
];

namespace NewsEvents.Interop.Countries;

/// <summary>
/// The country code tables the importers use, each from one code system to ISO 3166-1 alpha-2. GDELT
/// writes actors' countries in CAMEO codes (ISO alpha-3 with older codes such as <c>SUN</c>) and places'
/// countries in FIPS 10-4, and the two systems collide: FIPS <c>CB</c> is Cambodia (ISO <c>KH</c>), which
/// is why each has its own table. A row with a <see cref="CountryCodeMapping.Note"/> is not one-to-one
/// onto a current ISO country; docs/interop.md lists them.
/// </summary>
public static class CountryCodeTables
{
    /// <summary>CAMEO country codes (the first three letters of a CAMEO actor code, GDELT's <c>Actor1CountryCode</c>): every ISO 3166-1 alpha-3 code, CAMEO's older codes, and its regions (mapped to no country).</summary>
    public static CountryCodeTable Cameo { get; } = new("CAMEO", """
        AFG AF
        ALA AX
        ALB AL
        DZA DZ
        ASM AS
        AND AD
        AGO AO
        AIA AI
        ATA AQ
        ATG AG
        ARG AR
        ARM AM
        ABW AW
        AUS AU
        AUT AT
        AZE AZ
        BHS BS
        BHR BH
        BGD BD
        BRB BB
        BLR BY
        BEL BE
        BLZ BZ
        BEN BJ
        BMU BM
        BTN BT
        BOL BO
        BES BQ
        BIH BA
        BWA BW
        BVT BV
        BRA BR
        IOT IO
        BRN BN
        BGR BG
        BFA BF
        BDI BI
        CPV CV
        KHM KH
        CMR CM
        CAN CA
        CYM KY
        CAF CF
        TCD TD
        CHL CL
        CHN CN
        CXR CX
        CCK CC
        COL CO
        COM KM
        COG CG
        COD CD
        COK CK
        CRI CR
        CIV CI
        HRV HR
        CUB CU
        CUW CW
        CYP CY
        CZE CZ
        DNK DK
        DJI DJ
        DMA DM
        DOM DO
        ECU EC
        EGY EG
        SLV SV
        GNQ GQ
        ERI ER
        EST EE
        SWZ SZ
        ETH ET
        FLK FK
        FRO FO
        FJI FJ
        FIN FI
        FRA FR
        GUF GF
        PYF PF
        ATF TF
        GAB GA
        GMB GM
        GEO GE
        DEU DE
        GHA GH
        GIB GI
        GRC GR
        GRL GL
        GRD GD
        GLP GP
        GUM GU
        GTM GT
        GGY GG
        GIN GN
        GNB GW
        GUY GY
        HTI HT
        HMD HM
        VAT VA
        HND HN
        HKG HK
        HUN HU
        ISL IS
        IND IN
        IDN ID
        IRN IR
        IRQ IQ
        IRL IE
        IMN IM
        ISR IL
        ITA IT
        JAM JM
        JPN JP
        JEY JE
        JOR JO
        KAZ KZ
        KEN KE
        KIR KI
        PRK KP
        KOR KR
        KWT KW
        KGZ KG
        LAO LA
        LVA LV
        LBN LB
        LSO LS
        LBR LR
        LBY LY
        LIE LI
        LTU LT
        LUX LU
        MAC MO
        MDG MG
        MWI MW
        MYS MY
        MDV MV
        MLI ML
        MLT MT
        MHL MH
        MTQ MQ
        MRT MR
        MUS MU
        MYT YT
        MEX MX
        FSM FM
        MDA MD
        MCO MC
        MNG MN
        MNE ME
        MSR MS
        MAR MA
        MOZ MZ
        MMR MM
        NAM NA
        NRU NR
        NPL NP
        NLD NL
        NCL NC
        NZL NZ
        NIC NI
        NER NE
        NGA NG
        NIU NU
        NFK NF
        MKD MK
        MNP MP
        NOR NO
        OMN OM
        PAK PK
        PLW PW
        PSE PS
        PAN PA
        PNG PG
        PRY PY
        PER PE
        PHL PH
        PCN PN
        POL PL
        PRT PT
        PRI PR
        QAT QA
        REU RE
        ROU RO
        RUS RU
        RWA RW
        BLM BL
        SHN SH
        KNA KN
        LCA LC
        MAF MF
        SPM PM
        VCT VC
        WSM WS
        SMR SM
        STP ST
        SAU SA
        SEN SN
        SRB RS
        SYC SC
        SLE SL
        SGP SG
        SXM SX
        SVK SK
        SVN SI
        SLB SB
        SOM SO
        ZAF ZA
        SGS GS
        SSD SS
        ESP ES
        LKA LK
        SDN SD
        SUR SR
        SJM SJ
        SWE SE
        CHE CH
        SYR SY
        TWN TW
        TJK TJ
        TZA TZ
        THA TH
        TLS TL
        TGO TG
        TKL TK
        TON TO
        TTO TT
        TUN TN
        TUR TR
        TKM TM
        TCA TC
        TUV TV
        UGA UG
        UKR UA
        ARE AE
        GBR GB
        USA US
        UMI UM
        URY UY
        UZB UZ
        VUT VU
        VEN VE
        VNM VN
        VGB VG
        VIR VI
        WLF WF
        ESH EH
        YEM YE
        ZMB ZM
        ZWE ZW
        ROM RO Romania's old ISO alpha-3 code (ROU since 2002)
        ZAR CD Zaire, now the Democratic Republic of the Congo
        TMP TL East Timor's old code (TLS since 2002)
        KSV XK Kosovo: XK is user-assigned, not an ISO 3166-1 code, but in wide use
        SUN SU the Soviet Union: SU is transitionally reserved, no longer a country code
        DDR DD East Germany: DD is transitionally reserved, no longer a country code
        YUG YU Yugoslavia: YU is transitionally reserved, no longer a country code
        WSB PS the West Bank, folded into Palestine
        GZS PS the Gaza Strip, folded into Palestine
        AFR - a region (Africa), not a country
        ASA - a region (Asia), not a country
        BLK - a region (the Balkans), not a country
        CRB - a region (the Caribbean), not a country
        CAU - a region (the Caucasus), not a country
        CFR - a region (Central Africa), not a country
        CAS - a region (Central Asia), not a country
        CEU - a region (Central Europe), not a country
        EIN - a region (the East Indies), not a country
        EAF - a region (East Africa), not a country
        EEU - a region (Eastern Europe), not a country
        EUR - a region (Europe), not a country
        LAM - a region (Latin America), not a country
        MEA - a region (the Middle East), not a country
        MDT - a region (the Mediterranean), not a country
        NAF - a region (North Africa), not a country
        NMR - a region (North America), not a country
        PGS - a region (the Persian Gulf), not a country
        SCN - a region (Scandinavia), not a country
        SAM - a region (South America), not a country
        SAS - a region (South Asia), not a country
        SEA - a region (Southeast Asia), not a country
        SAF - a region (Southern Africa), not a country
        WAF - a region (West Africa), not a country
        WST - a region (the West), not a country
        """);

    /// <summary>FIPS 10-4 country codes (GDELT's <c>ActionGeo_CountryCode</c> and the other geo country columns), as the standard stood when it was withdrawn in 2008, with the later codes GDELT uses (<c>OD</c> South Sudan, <c>UC</c> Curaçao, <c>NN</c> Sint Maarten, <c>KV</c> Kosovo).</summary>
    public static CountryCodeTable Fips { get; } = new("FIPS 10-4", """
        AA AW
        AC AG
        AE AE
        AF AF
        AG DZ
        AJ AZ
        AL AL
        AM AM
        AN AD
        AO AO
        AQ AS
        AR AR
        AS AU
        AU AT
        AV AI
        AY AQ
        BA BH
        BB BB
        BC BW
        BD BM
        BE BE
        BF BS
        BG BD
        BH BZ
        BK BA
        BL BO
        BM MM
        BN BJ
        BO BY
        BP SB
        BR BR
        BT BT
        BU BG
        BV BV
        BX BN
        BY BI
        CA CA
        CB KH
        CD TD
        CE LK
        CF CG
        CG CD
        CH CN
        CI CL
        CJ KY
        CK CC
        CM CM
        CN KM
        CO CO
        CQ MP
        CS CR
        CT CF
        CU CU
        CV CV
        CW CK
        CY CY
        DA DK
        DJ DJ
        DO DM
        DR DO
        EC EC
        EG EG
        EI IE
        EK GQ
        EN EE
        ER ER
        ES SV
        ET ET
        EZ CZ
        FG GF
        FI FI
        FJ FJ
        FK FK
        FM FM
        FO FO
        FP PF
        FR FR
        FS TF
        GA GM
        GB GA
        GG GE
        GH GH
        GI GI
        GJ GD
        GK GG
        GL GL
        GM DE
        GP GP
        GQ GU
        GR GR
        GT GT
        GV GN
        GY GY
        HA HT
        HK HK
        HM HM
        HO HN
        HR HR
        HU HU
        IC IS
        ID ID
        IM IM
        IN IN
        IO IO
        IR IR
        IS IL
        IT IT
        IV CI
        IZ IQ
        JA JP
        JE JE
        JM JM
        JO JO
        KE KE
        KG KG
        KN KP
        KR KI
        KS KR
        KT CX
        KU KW
        KZ KZ
        LA LA
        LE LB
        LG LV
        LH LT
        LI LR
        LO SK
        LS LI
        LT LS
        LU LU
        LY LY
        MA MG
        MB MQ
        MC MO
        MD MD
        MF YT
        MG MN
        MH MS
        MI MW
        MJ ME
        MK MK
        ML ML
        MN MC
        MO MA
        MP MU
        MR MR
        MT MT
        MU OM
        MV MV
        MX MX
        MY MY
        MZ MZ
        NC NC
        NE NU
        NF NF
        NG NE
        NH VU
        NI NG
        NL NL
        NN SX
        NO NO
        NP NP
        NR NR
        NS SR
        NU NI
        NZ NZ
        OD SS
        PA PY
        PC PN
        PE PE
        PK PK
        PL PL
        PM PA
        PO PT
        PP PG
        PS PW
        PU GW
        QA QA
        RE RE
        RI RS
        RM MH
        RN MF
        RO RO
        RP PH
        RQ PR
        RS RU
        RW RW
        SA SA
        SB PM
        SC KN
        SE SC
        SF ZA
        SG SN
        SH SH
        SI SI
        SL SL
        SM SM
        SN SG
        SO SO
        SP ES
        ST LC
        SU SD
        SV SJ
        SW SE
        SX GS
        SY SY
        SZ CH
        TB BL
        TD TT
        TH TH
        TI TJ
        TK TC
        TL TK
        TN TO
        TO TG
        TP ST
        TS TN
        TT TL
        TU TR
        TV TV
        TW TW
        TX TM
        TZ TZ
        UC CW
        UG UG
        UK GB
        UP UA
        US US
        UV BF
        UY UY
        UZ UZ
        VC VC
        VE VE
        VI VG
        VM VN
        VQ VI
        VT VA
        WA NA
        WF WF
        WI EH
        WS WS
        WZ SZ
        YM YE
        ZA ZM
        ZI ZW
        KV XK Kosovo: XK is user-assigned, not an ISO 3166-1 code, but in wide use
        GZ PS the Gaza Strip, folded into Palestine
        WE PS the West Bank, folded into Palestine
        NT AN the Netherlands Antilles, dissolved in 2010: AN is transitionally reserved
        AT AU Ashmore and Cartier Islands, an Australian territory without an ISO code
        CR AU the Coral Sea Islands, an Australian territory without an ISO code
        AX GB Akrotiri, a British sovereign base area on Cyprus without an ISO code
        DX GB Dhekelia, a British sovereign base area on Cyprus without an ISO code
        BQ UM Navassa Island, folded into the US Minor Outlying Islands
        FQ UM Baker Island, folded into the US Minor Outlying Islands
        HQ UM Howland Island, folded into the US Minor Outlying Islands
        DQ UM Jarvis Island, folded into the US Minor Outlying Islands
        JQ UM Johnston Atoll, folded into the US Minor Outlying Islands
        KQ UM Kingman Reef, folded into the US Minor Outlying Islands
        LQ UM Palmyra Atoll, folded into the US Minor Outlying Islands
        MQ UM Midway Islands, folded into the US Minor Outlying Islands
        WQ UM Wake Island, folded into the US Minor Outlying Islands
        BS TF Bassas da India, folded into the French Southern Territories
        EU TF Europa Island, folded into the French Southern Territories
        GO TF the Glorioso Islands, folded into the French Southern Territories
        JU TF Juan de Nova Island, folded into the French Southern Territories
        TE TF Tromelin Island, folded into the French Southern Territories
        JN SJ Jan Mayen, folded into Svalbard and Jan Mayen
        IP FR Clipperton Island, folded into France (ISO reserves CP but assigns no country code)
        PF - the Paracel Islands, disputed: no country
        PG - the Spratly Islands, disputed: no country
        OS - oceans, not a country
        """);
}
